import type { AuditTemplateSection } from '../types.js';

/**
 * 消防 (fire safety). Drawn from seed 000 (消防设施完好率 ≥ 99%: fire lanes and evacuation signs checked
 * daily, a full fire-safety inspection monthly with violations corrected and hazards removed, ordinary
 * faults fixed within 1 hour and special ones within 2 days unless extended in writing; zero fires
 * caused by management: every employee a volunteer firefighter, regular training and drills, publicity,
 * daily rounds by the fire officer; guards maintain and check fire equipment with detailed records;
 * the control room answers alarms), seed 001 (fire facilities 100%, fires 0) and seed 002 (a fire drill
 * every year, a safety inspection every month).
 */
export const FIRE_SAFETY_SECTIONS: AuditTemplateSection[] = [
  {
    key: 'fs-evacuation',
    department: 'FIRE_SAFETY',
    title: '消防通道与疏散',
    titleEn: 'Fire lanes and evacuation',
    items: [
      {
        key: 'fs-01',
        title: '消防通道与安全出口畅通',
        standard: '消防车通道、楼梯间、安全出口无堵塞、无占用、无上锁；抽查 3 栋，发现一处即一票否决。',
        titleEn: 'Fire lanes and exits clear',
        standardEn:
          'Fire engine lanes, stairwells and emergency exits not blocked, occupied or locked; check 3 buildings. Any one found fails the audit.',
        maxScore: 10,
        critical: true,
      },
      {
        key: 'fs-02',
        title: '疏散指示与应急照明',
        standard: '疏散指示标志、应急照明完好；按测试按钮或断电测试能正常点亮；抽查 3 栋各 2 层。',
        titleEn: 'Exit signs and emergency lights',
        standardEn:
          'Exit signs and emergency lights intact and light up on the test button or power cut; 3 buildings, 2 floors each.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'fs-03',
        title: '每日通道检查',
        standard: '每日检查消防通道、疏散标志并记录；抽查近 30 天记录无缺漏。',
        titleEn: 'Daily lane checks',
        standardEn: 'Fire lanes and exit signs checked and logged every day; the last 30 days show no gap.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'fs-04',
        title: '防火门',
        standard: '常闭防火门保持关闭，闭门器、顺序器完好，门体无变形；抽查 5 樘。',
        titleEn: 'Fire doors',
        standardEn:
          'Normally-closed fire doors shut, closers and sequencers working, leaves undamaged; check 5 doors.',
        maxScore: 4,
        critical: false,
      },
    ],
  },
  {
    key: 'fs-equipment',
    department: 'FIRE_SAFETY',
    title: '消防设施设备',
    titleEn: 'Fire equipment',
    items: [
      {
        key: 'fs-05',
        title: '消防水泵',
        standard: '消防泵、喷淋泵处于自动状态，现场手动启泵能正常启动、出水压力正常；不能启动即一票否决。',
        titleEn: 'Fire pumps',
        standardEn:
          'Fire and sprinkler pumps on automatic; started by hand on site they run and give pressure. A pump that fails to start fails the audit.',
        maxScore: 10,
        critical: true,
      },
      {
        key: 'fs-06',
        title: '消防控制室值守',
        standard: '消防控制室（监控中心）24 小时有人值守，值班人员持证上岗，火警信号处置有记录。',
        titleEn: 'Fire control room',
        standardEn:
          'The fire control room (control centre) is manned 24 h by certified staff, and every fire signal’s handling is logged.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'fs-07',
        title: '火灾自动报警系统',
        standard: '报警主机无故障、无长期屏蔽点位；现场抽测 1 个烟感，主机能正确报警并显示位置。',
        titleEn: 'Fire alarm system',
        standardEn:
          'Alarm panel shows no faults or long-term disabled points; test one smoke detector on site and the panel alarms with its location.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'fs-08',
        title: '消火栓',
        standard: '消火栓箱门开启灵活，水带、水枪、接口齐全无破损；抽查 5 处，其中 1 处试水有压。',
        titleEn: 'Hydrants',
        standardEn:
          'Hydrant cabinets open easily, hoses, nozzles and couplings complete and sound; check 5 and test one for pressure.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'fs-09',
        title: '灭火器',
        standard: '灭火器按位配置，压力指针在绿区，在有效期内，巡检卡记录完整；抽查 10 具。',
        titleEn: 'Extinguishers',
        standardEn:
          'Extinguishers in their places, gauges in the green, in date, check cards filled in; check 10.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'fs-10',
        title: '故障修复时限',
        standard:
          '消防设施一般故障 1 小时内恢复，特殊故障 2 天内恢复，超期有书面申请；核对近 3 个月故障记录。',
        titleEn: 'Fault repair times',
        standardEn:
          'Ordinary fire-system faults fixed within 1 hour, special ones within 2 days, longer only with a written request; check 3 months of faults.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'fs-11',
        title: '设施维护检查记录',
        standard: '消防设施设备定期维护检查，记录详尽，完好率不低于 99%；核对维保合同和记录。',
        titleEn: 'Maintenance records',
        standardEn:
          'Fire equipment maintained and checked regularly with detailed records, at least 99% in order; check contract and records.',
        maxScore: 5,
        critical: false,
      },
    ],
  },
  {
    key: 'fs-management',
    department: 'FIRE_SAFETY',
    title: '消防安全管理',
    titleEn: 'Fire safety management',
    items: [
      {
        key: 'fs-12',
        title: '每月消防大检查',
        standard: '每月进行一次消防安全大检查，纠正消防违章、整改火险隐患，有检查和整改记录。',
        titleEn: 'Monthly fire inspection',
        standardEn:
          'A full fire-safety inspection every month; violations corrected and hazards removed, with inspection and fix records.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'fs-13',
        title: '消防演练',
        standard: '每年至少组织一次消防演练，有方案、签到、照片和总结。',
        titleEn: 'Fire drills',
        standardEn: 'At least one fire drill a year, with a plan, sign-in sheet, photos and a review.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'fs-14',
        title: '全员义务消防员',
        standard: '实行全员义务消防员制并定期培训；抽问 2 名员工，能正确使用灭火器和消火栓。',
        titleEn: 'Every employee a volunteer firefighter',
        standardEn:
          'Every employee a trained volunteer firefighter; 2 staff asked can use an extinguisher and a hydrant correctly.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'fs-15',
        title: '日常防火巡查',
        standard: '专职消防员每日防火巡查，发现隐患及时处理并记录；核对近 7 天巡查记录。',
        titleEn: 'Daily fire rounds',
        standardEn:
          'The fire officer makes daily fire rounds, dealing with and logging hazards found; check the last 7 days.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'fs-16',
        title: '消防宣传',
        standard: '宣传栏等处有消防安全宣传内容，每季度至少更新一次。',
        titleEn: 'Fire safety publicity',
        standardEn: 'Notice boards carry fire safety information, refreshed at least every quarter.',
        maxScore: 2,
        critical: false,
      },
      {
        key: 'fs-17',
        title: '火警火灾如实上报',
        standard: '火警、火灾事件如实上报并记录处理经过；发现瞒报即一票否决。',
        titleEn: 'Fire incidents reported',
        standardEn:
          'Fire alarms and fires are reported truthfully and their handling recorded; any concealed incident fails the audit.',
        maxScore: 6,
        critical: true,
      },
    ],
  },
];
