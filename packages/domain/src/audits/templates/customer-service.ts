import type { AuditTemplateSection } from '../types.js';

/**
 * 客服 (customer service). Drawn from seed 000 (客户服务人员职责; front desk 8:00–20:00; complaints
 * "有记录、有结果和回访"; 每半年业主意见调查; 《维修回访制度》; 入伙、装修档案) and seed 001 (首问责任制:
 * feedback within two days, promise 1–2 days and at most a week, never postponed twice; 三分钟服务承诺;
 * ≥ 10 特约服务 at marked prices; ≥ 12 community activities a year), seed 002 (24-hour hotline,
 * published standards, processes and charges).
 */
export const CUSTOMER_SERVICE_SECTIONS: AuditTemplateSection[] = [
  {
    key: 'cs-front-desk',
    department: 'CUSTOMER_SERVICE',
    title: '前台接待与服务公示',
    titleEn: 'Front desk and published service information',
    items: [
      {
        key: 'cs-01',
        title: '前台值守',
        standard: '前台 8:00–20:00 有人值守，客服轮休不空岗；核对排班表与当日在岗人员。',
        titleEn: 'Front desk staffed',
        standardEn:
          'Front desk staffed 8:00–20:00, rest days rotated so it is never empty; compare the roster with who is on duty today.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'cs-02',
        title: '仪容仪表与礼仪',
        standard: '客服着工装、佩戴工牌，仪表整洁；按《员工礼仪规范》接待，使用礼貌用语。现场观察 1 次接待。',
        titleEn: 'Appearance and etiquette',
        standardEn:
          'Staff in uniform with name badge, neat; visitors received per the staff etiquette code with polite language. Observe one reception.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'cs-03',
        title: '服务公示',
        standard: '服务中心公示服务标准、服务流程、收费项目及标准和 24 小时服务电话，内容与现行一致。',
        titleEn: 'Published service information',
        standardEn:
          'The service centre displays its service standards, processes, charges and the 24-hour service number, all current.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'cs-04',
        title: '24 小时服务电话',
        standard: '拨打服务电话测试，24 小时有人接听；非工作时间的来电、报修有登记，次日转交处理。',
        titleEn: '24-hour service line',
        standardEn:
          'Call the service number: answered around the clock; out-of-hours calls and repair requests are logged and passed on the next day.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'cs-05',
        title: '特约服务',
        standard: '特约服务（菜单式服务）不少于 10 项，明码标价并公示。',
        titleEn: 'Special services menu',
        standardEn: 'At least 10 optional special services on the menu, each with a published price.',
        maxScore: 3,
        critical: false,
      },
    ],
  },
  {
    key: 'cs-cases',
    department: 'CUSTOMER_SERVICE',
    title: '投诉、建议与报修处理',
    titleEn: 'Complaints, suggestions and repair requests',
    items: [
      {
        key: 'cs-06',
        title: '首问责任',
        standard:
          '抽查 5 宗投诉或建议：每宗有第一接待人并跟踪至业户满意；承诺处理时间 1–2 天，最长不超过一周。',
        titleEn: 'First-receiver responsibility',
        standardEn:
          'Sample 5 complaints or suggestions: each has a first receiver who followed it until the owner was satisfied; promised time 1–2 days, never over a week.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'cs-07',
        title: '二日内反馈',
        standard: '受理后二日内向业户反馈处理结果；抽查 5 宗，核对受理时间与反馈时间。',
        titleEn: 'Feedback within two days',
        standardEn:
          'Owners get the outcome within two days of the case being taken; sample 5 and compare the times.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'cs-08',
        title: '不得二次推迟',
        standard: '同一事项最多推迟一次，推迟前已通知业户并记录原因；抽查记录无二次推迟。',
        titleEn: 'Never postponed twice',
        standardEn:
          'A matter is postponed at most once, with the owner told beforehand and the reason recorded; no record shows a second delay.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'cs-09',
        title: '三分钟派单',
        standard: '接到报修或服务需求后 3 分钟内安排人员；抽查 10 张工单，核对接报与派单时间。',
        titleEn: 'Dispatch within three minutes',
        standardEn:
          'Someone is assigned within 3 minutes of a request; sample 10 work orders and compare report and dispatch times.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'cs-10',
        title: '重大投诉上报',
        standard: '重大投诉即时上报服务中心经理，有上报时间和处理记录；抽查当季重大投诉。',
        titleEn: 'Major complaints escalated',
        standardEn:
          "Major complaints go to the estate manager at once, with the time and handling recorded; check this quarter's.",
        maxScore: 5,
        critical: false,
      },
      {
        key: 'cs-11',
        title: '投诉闭环',
        standard: '有效投诉处理率 100%：每宗投诉有记录、有结果、有回访；抽查 5 宗。',
        titleEn: 'Complaints closed',
        standardEn: 'All valid complaints handled: each has a record, an outcome and a callback; sample 5.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'cs-12',
        title: '维修回访',
        standard: '按《维修回访制度》回访已完成报修；抽查 10 宗，回访记录有时间、回访人和业户评价。',
        titleEn: 'Repair callbacks',
        standardEn:
          'Completed repairs are called back per the callback rules; sample 10, each with date, caller and the owner’s verdict.',
        maxScore: 5,
        critical: false,
      },
    ],
  },
  {
    key: 'cs-records',
    department: 'CUSTOMER_SERVICE',
    title: '业户档案、装修与满意度',
    titleEn: 'Owner records, renovations and satisfaction',
    items: [
      {
        key: 'cs-13',
        title: '业户档案',
        standard: '入伙资料、装修档案、报修记录分户归档、齐全；抽查 5 户。',
        titleEn: 'Owner files',
        standardEn:
          'Move-in papers, renovation files and repair records are filed per household and complete; sample 5 households.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'cs-14',
        title: '装修管理',
        standard: '在装户手续齐全（申请、审批、施工人员出入证），现场巡查有记录；抽查 2 户在装户。',
        titleEn: 'Renovation control',
        standardEn:
          'Households renovating have complete papers (application, approval, worker passes) and site inspections logged; check 2.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'cs-15',
        title: '满意度调查',
        standard: '每半年至少开展一次业主满意度调查，有问卷、统计结果和改进措施。',
        titleEn: 'Satisfaction survey',
        standardEn:
          'An owner satisfaction survey at least every six months, with questionnaires, results and improvement actions.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'cs-16',
        title: '业户走访与意见收集',
        standard: '不定期走访业户并记录；意见箱等收集渠道畅通，收到的意见有答复记录。',
        titleEn: 'Owner visits and feedback',
        standardEn:
          'Owners are visited from time to time and visits logged; feedback channels work and every comment has a reply.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'cs-17',
        title: '社区文化活动',
        standard: '社区文化活动每年不少于 12 次，每次有方案、签到和照片；核对本年度已办场次。',
        titleEn: 'Community activities',
        standardEn:
          "At least 12 community activities a year, each with a plan, sign-in sheet and photos; count this year's so far.",
        maxScore: 3,
        critical: false,
      },
    ],
  },
];
