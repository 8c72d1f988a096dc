import type { AuditTemplateSection } from '../types.js';

/**
 * 秩序维护 (order and security). Drawn from seed 000 (秩序维护员: 24-hour posts on 二班二运转
 * 7:00–19:00 / 19:00–7:00 with handover and visitor-vehicle logs, large items moved out recorded,
 * visitors registered, suspicious persons questioned, infrared alarms located, checked and reset;
 * 主管: monthly training plan, spot checks of every post, renovation worker passes; 治安: timed patrols,
 * areas of responsibility, CCTV and electronic patrol system; 违章 handled ≥ 95%), seed 001 (closed
 * estate, 24-hour guard, vehicles in and out by card only), seed 002/003 (24-hour patrols on set routes
 * and times, alarms answered at once, records kept, emergency plans drilled).
 */
export const SECURITY_SECTIONS: AuditTemplateSection[] = [
  {
    key: 'se-gate',
    department: 'SECURITY',
    title: '门岗与出入管理',
    titleEn: 'Gates and access control',
    items: [
      {
        key: 'se-01',
        title: '24 小时值守与交接班',
        standard:
          '门岗 24 小时有人值守，按早班 7:00–19:00、晚班 19:00–次日 7:00 交接，交接班记录完整；抽查近 7 天。',
        titleEn: '24-hour posts and handovers',
        standardEn:
          'Gate posts manned 24 h, shifts handed over 7:00–19:00 and 19:00–7:00 with complete handover logs; check the last 7 days.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'se-02',
        title: '岗容岗纪',
        standard: '在岗人员着装整齐、佩戴工作证；无脱岗、睡岗、做与工作无关的事。',
        titleEn: 'Discipline on post',
        standardEn:
          'Guards in uniform with ID; nobody absent from post, asleep or busy with anything but the job.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'se-03',
        title: '外来人员登记',
        standard: '外来人员进出登记姓名、事由、到访户和时间；检查员以访客身份测试 1 次，未登记不得放行。',
        titleEn: 'Visitor registration',
        standardEn:
          'Visitors logged with name, purpose, household visited and time; the auditor tries once as a visitor and is not let in unregistered.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'se-04',
        title: '车辆出入管理',
        standard: '车辆凭卡进出；外来车辆经许可方可进入并登记；无卡无证车辆不得驶出。现场观察 10 分钟。',
        titleEn: 'Vehicle access',
        standardEn:
          'Vehicles pass by card; outside vehicles enter only with permission and are logged; none leaves without card or pass. Watch 10 minutes.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'se-05',
        title: '大件物品放行',
        standard: '业户搬出大件物品有登记和放行手续；抽查近一个月的放行记录。',
        titleEn: 'Large items leaving',
        standardEn: 'Large items carried out are logged with a release slip; check the last month’s records.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'se-06',
        title: '装修人员出入',
        standard: '装修施工人员已登记并持出入证进出；抽查现场 2 名施工人员的证件。',
        titleEn: 'Renovation workers',
        standardEn:
          'Renovation workers are registered and carry passes; check the passes of 2 workers on site.',
        maxScore: 3,
        critical: false,
      },
    ],
  },
  {
    key: 'se-patrol',
    department: 'SECURITY',
    title: '巡逻、监控与接警',
    titleEn: 'Patrols, CCTV and alarms',
    items: [
      {
        key: 'se-07',
        title: '定时巡逻',
        standard: '按规定路线和时段巡逻，电子巡更记录完整，夜间无漏巡；抽查近 7 天巡更记录。',
        titleEn: 'Timed patrols',
        standardEn:
          'Patrols follow the set routes and times; the electronic patrol log is complete with no missed night round; check 7 days.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'se-08',
        title: '重点部位',
        standard: '责任区域划分明确；出入口、地下车库、设备房等重点部位有监控覆盖并纳入巡逻路线。',
        titleEn: 'Key locations',
        standardEn:
          'Areas of responsibility assigned; entrances, underground car park and plant rooms are covered by CCTV and on the patrol route.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'se-09',
        title: '监控中心',
        standard: '监控中心 24 小时有人值守，摄像画面无黑屏，录像可回放；抽查 3 路摄像头的回放。',
        titleEn: 'Control room',
        standardEn:
          'Control room manned 24 h, no dead camera screens, recordings play back; replay 3 cameras.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'se-10',
        title: '报警处置',
        standard: '报警后立即确定位置、通报班长并派人到场核查，误报及时复位，均有记录；现场测试 1 次。',
        titleEn: 'Alarm response',
        standardEn:
          'On an alarm the location is found, the shift leader told and someone sent to check; false alarms reset; all logged. Test once.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'se-11',
        title: '可疑人员盘查',
        standard: '巡逻发现可疑人员能询问、验证并记录；抽问 2 名秩序维护员，能说清盘查流程。',
        titleEn: 'Suspicious persons',
        standardEn:
          'Patrols question and verify suspicious persons and log it; ask 2 guards to explain the procedure.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'se-12',
        title: '停车场秩序',
        standard: '地面及地下停车场车辆按位停放、通道畅通，巡查有记录；抽查 1 个停车区域。',
        titleEn: 'Car park order',
        standardEn:
          'Cars park in bays, lanes clear, patrols logged, above ground and underground; check one parking area.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'se-13',
        title: '违章巡视处理',
        standard: '巡视发现违章搭建、乱张贴等及时制止、上报并跟踪，违章处理率不低于 95%；核对违章台账。',
        titleEn: 'Violations handled',
        standardEn:
          'Violations found on rounds (illegal building, flyposting) are stopped, reported and followed up; at least 95% handled per the log.',
        maxScore: 4,
        critical: false,
      },
    ],
  },
  {
    key: 'se-management',
    department: 'SECURITY',
    title: '训练、抽查与应急',
    titleEn: 'Training, supervision and emergencies',
    items: [
      {
        key: 'se-14',
        title: '治安事件如实上报',
        standard: '治安案件、突发事件即时上报并记录处理结果；发现瞒报、漏报即一票否决。',
        titleEn: 'Security incidents reported',
        standardEn:
          'Security cases and emergencies are reported at once and their handling logged; any concealed incident fails the audit.',
        maxScore: 8,
        critical: true,
      },
      {
        key: 'se-15',
        title: '每月安防训练',
        standard: '有每月安防训练计划并按计划实施，有签到和训练记录；核对近 3 个月。',
        titleEn: 'Monthly security training',
        standardEn:
          'A monthly security training plan is carried out, with sign-in sheets and records; check the last 3 months.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'se-16',
        title: '主管岗位抽查',
        standard: '秩序维护主管监督抽查各岗位工作质量，有抽查记录，发现问题有整改。',
        titleEn: 'Supervisor spot checks',
        standardEn:
          'The security supervisor spot-checks every post, records it and has problems found put right.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'se-17',
        title: '应急预案与演练',
        standard: '有盗窃、水浸、电梯困人等突发事件应急预案；每年至少演练一次，有记录；抽问 2 人处置步骤。',
        titleEn: 'Emergency plans and drills',
        standardEn:
          'Emergency plans for theft, flooding and people trapped in lifts; drilled at least yearly with records; ask 2 staff the steps.',
        maxScore: 4,
        critical: false,
      },
    ],
  },
];
