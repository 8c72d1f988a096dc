import type { AuditTemplateSection } from '../types.js';

/**
 * 工程 (engineering: 水电, facilities). Drawn from seed 000 (水电工: certified on duty, maintenance plan
 * and records, water and electrical systems inspected, meters read accurately, uniform, ID, shoe
 * covers and insulating gloves in homes, never refusing a repair over unpaid fees, daily repair report,
 * 急修不过夜 and small repairs at once, plant rooms kept clean, building and facility records; targets:
 * on site within 10 minutes, rework < 1%, major equipment ≥ 99%, street lights ≥ 95%, roads and car
 * parks ≥ 98%, rain and foul-water wells ≥ 98%), seed 001 (100% certified; wells, septic tanks and
 * drains intact), seed 002 (emergencies on site within 30 minutes; monthly facility inspection and
 * quarterly major maintenance; lifts maintained by a specialist contractor).
 */
export const ENGINEERING_SECTIONS: AuditTemplateSection[] = [
  {
    key: 'en-repair',
    department: 'ENGINEERING',
    title: '报修与维修服务',
    titleEn: 'Repair service',
    items: [
      {
        key: 'en-01',
        title: '到场时限',
        standard: '接到维修通知 10 分钟内到达现场，紧急维修不超过 30 分钟；抽查 10 张工单核对时间。',
        titleEn: 'Time to arrive',
        standardEn:
          'On site within 10 minutes of a repair call, 30 minutes at most for emergencies; check the times on 10 work orders.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'en-02',
        title: '急修不过夜',
        standard: '急修当日完成、不过夜，零修当即完成或在承诺时间内完成；抽查 10 张工单。',
        titleEn: 'Urgent repairs same day',
        standardEn:
          'Urgent repairs finished the same day, never overnight; minor ones at once or by the promised time. Check 10 work orders.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'en-03',
        title: '入户维修规范',
        standard: '入户着工服、佩戴工作证、穿鞋套，电气作业戴绝缘手套；完工后清理现场。回访 2 户核实。',
        titleEn: 'Conduct in homes',
        standardEn:
          'In homes: uniform, ID badge and shoe covers, insulating gloves for electrical work; site cleaned afterwards. Confirm with 2 owners.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'en-04',
        title: '不因欠费拒修',
        standard: '不以业户未缴物业费为由拒绝或拖延维修；核对欠费户的报修记录，无此类投诉。',
        titleEn: 'No refusal over unpaid fees',
        standardEn:
          'No repair refused or delayed because fees are unpaid; check repairs for households in arrears and complaints.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'en-05',
        title: '维修质量与返修',
        standard: '维修质量合格，同一故障返修率低于 1%；抽查近一个月工单及回访评价。',
        titleEn: 'Repair quality and rework',
        standardEn:
          'Repairs pass inspection and under 1% are repeat repairs of the same fault; check a month of orders and callbacks.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'en-06',
        title: '维修日报',
        standard: '每日记录并上报当天维修情况，次日由项目主管或客服安排回访；核对近 7 天。',
        titleEn: 'Daily repair report',
        standardEn:
          'Each day’s repairs are recorded and reported; the next day the manager or front desk arranges callbacks. Check 7 days.',
        maxScore: 3,
        critical: false,
      },
    ],
  },
  {
    key: 'en-equipment',
    department: 'ENGINEERING',
    title: '设备设施运行维护',
    titleEn: 'Equipment operation and maintenance',
    items: [
      {
        key: 'en-07',
        title: '维保计划与记录',
        standard: '有年度维保计划，设施每月巡检一次、每季度大型维护一次，均有保养记录。',
        titleEn: 'Maintenance plan and records',
        standardEn:
          'A yearly maintenance plan; facilities inspected monthly and given major maintenance quarterly, all recorded.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'en-08',
        title: '供水排水系统',
        standard: '供水、排水系统定期巡检，加压泵房运行正常，管道阀门无跑冒滴漏；现场查看泵房。',
        titleEn: 'Water supply and drainage',
        standardEn:
          'Water supply and drainage inspected regularly; booster pumps run normally; no leaking pipes or valves. See the pump room.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'en-09',
        title: '配电设备',
        standard: '配电室设备运行正常，巡检、运行记录完整，安全警示标识和绝缘用具齐全。',
        titleEn: 'Electrical distribution',
        standardEn:
          'Switch room equipment runs normally, inspection and operating logs complete, warning signs and insulating kit in place.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'en-10',
        title: '设备房卫生',
        standard: '配电室、加压泵房等设备间整洁，无杂物堆放，设备表面无积尘。',
        titleEn: 'Plant rooms clean',
        standardEn:
          'Switch rooms, pump rooms and other plant rooms tidy, nothing stored in them, no dust on equipment.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'en-11',
        title: '电梯维保',
        standard: '电梯由专业维保单位维保，维保记录齐全，轿厢内使用标志和检验合格证在有效期内；抽查 2 部。',
        titleEn: 'Lift maintenance',
        standardEn:
          'Lifts serviced by a specialist contractor with full records; the use certificate and inspection mark in the car are valid. Check 2.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'en-12',
        title: '大型机电设备完好',
        standard: '大型及重要机电设备完好率不低于 99%，故障有记录并及时排除；核对设备台账与故障记录。',
        titleEn: 'Major equipment in order',
        standardEn:
          'At least 99% of major electrical and mechanical equipment in working order, faults logged and cleared promptly.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'en-13',
        title: '特种作业持证上岗',
        standard: '电工等特种作业人员 100% 持有效证件上岗；发现无证从事特种作业即一票否决。',
        titleEn: 'Certified special operations',
        standardEn:
          'Everyone doing special operations such as electrical work holds a valid certificate; any uncertified work fails the audit.',
        maxScore: 6,
        critical: true,
      },
      {
        key: 'en-14',
        title: '水电抄表',
        standard: '水电计量数据按时准确抄录，报表填写完整；抽查 3 块公共表计与记录是否一致。',
        titleEn: 'Meter readings',
        standardEn:
          'Water and power meters read on time and accurately, reports complete; compare 3 common meters with the records.',
        maxScore: 3,
        critical: false,
      },
    ],
  },
  {
    key: 'en-facilities',
    department: 'ENGINEERING',
    title: '房屋及公共设施',
    titleEn: 'Buildings and common facilities',
    items: [
      {
        key: 'en-15',
        title: '房屋巡查',
        standard: '专人定期巡查房屋本体并建档；无违章搭建、无损坏公共设施，房屋完好率不低于 98%。',
        titleEn: 'Building inspections',
        standardEn:
          'Buildings inspected regularly by a named person and logged; no illegal structures or damaged facilities; at least 98% intact.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'en-16',
        title: '路灯',
        standard: '路灯定期巡查维护，完好率不低于 95%；夜间抽查 1 条主路全部路灯。',
        titleEn: 'Street lights',
        standardEn:
          'Street lights inspected and maintained, at least 95% working; at night check every light along one main road.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'en-17',
        title: '道路与车场',
        standard: '道路、车场路面无破损坑洼，标线、挡车器等设施完好，完好率不低于 98%。',
        titleEn: 'Roads and car parks',
        standardEn:
          'Roads and car parks free of broken surfaces and potholes, markings and barriers intact; at least 98% in order.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'en-18',
        title: '井盖与化粪池',
        standard: '雨水井、污水井、化粪池、沙井盖板完好无缺失，排水通畅，完好率不低于 98%；抽查 5 处。',
        titleEn: 'Wells and septic tanks',
        standardEn:
          'Covers of rain and foul-water wells, septic tanks and sand traps intact and in place, flowing; at least 98%. Check 5.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'en-19',
        title: '设施设备档案',
        standard: '房屋及设施设备档案完整，台账与现场一致，维修保养记录可追溯。',
        titleEn: 'Facility records',
        standardEn:
          'Building and equipment records complete, the register matches what is on site, maintenance traceable.',
        maxScore: 3,
        critical: false,
      },
    ],
  },
];
