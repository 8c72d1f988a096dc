import type { AuditTemplateSection } from '../types.js';

/**
 * 绿化 (landscaping). Drawn from seed 000 (绿化工: verges tidy and never a hazard to traffic or
 * pedestrians, people damaging plants dissuaded politely, tools, pesticides and fertiliser kept
 * properly, watered against drought and waterlogging, soil turned, fed, weeded and treated for pests,
 * new plants pruned, replaced and watered, planting known, anomalies reported to security; 绿化完好率
 * ≥ 95% with areas assigned and patrolled, no damage, no trampling, no bare soil), seed 001 (pruned on
 * time, lush and attractive, ≥ 99%) and seed 002 (pruned weekly, watered, pests controlled).
 */
export const LANDSCAPING_SECTIONS: AuditTemplateSection[] = [
  {
    key: 'ls-quality',
    department: 'LANDSCAPING',
    title: '绿地养护质量',
    titleEn: 'Planting condition',
    items: [
      {
        key: 'ls-01',
        title: '绿地完好',
        standard: '公共绿地无破坏、无践踏、无黄土裸露；抽查 3 块绿地，绿化完好率不低于 95%。',
        titleEn: 'Green areas intact',
        standardEn:
          'Public green areas undamaged, not trampled, no bare soil; check 3 areas, at least 95% intact.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'ls-02',
        title: '修剪',
        standard: '草坪、绿篱、灌木按时修剪，生长季每周至少修剪一次，造型整齐；核对养护记录。',
        titleEn: 'Pruning and mowing',
        standardEn:
          'Lawns, hedges and shrubs cut on time, at least weekly in the growing season, neatly shaped; check the care log.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'ls-03',
        title: '长势',
        standard: '花草树木生长茂盛、美观，无成片枯黄、枯死；抽查 3 块绿地。',
        titleEn: 'Plant health',
        standardEn: 'Plants lush and attractive, with no patches of yellowing or dead growth; check 3 areas.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'ls-04',
        title: '浇水排涝',
        standard: '按天气及时浇水，无干旱萎蔫；雨后绿地无长时间积水。',
        titleEn: 'Watering and drainage',
        standardEn:
          'Watered as the weather needs, nothing wilting from drought; no water left standing in beds after rain.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'ls-05',
        title: '除草',
        standard: '绿地、花坛内无明显杂草；抽查 3 处，每处约 10 平方米内杂草不超过 5 株。',
        titleEn: 'Weeding',
        standardEn:
          'No obvious weeds in lawns and flower beds; check 3 spots of about 10 m², at most 5 weeds each.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'ls-06',
        title: '病虫害防治',
        standard: '病虫害及时防治，抽查植株无明显虫害、病斑；有防治记录。',
        titleEn: 'Pest and disease control',
        standardEn:
          'Pests and diseases treated promptly; sampled plants show no obvious infestation or lesions; treatments recorded.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'ls-07',
        title: '施肥松土',
        standard: '按养护计划施肥、松土翻新，有作业记录。',
        titleEn: 'Feeding and soil care',
        standardEn: 'Fertilising and turning the soil done to the care plan, with work records.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'ls-08',
        title: '补植与新植养护',
        standard: '缺株、死株及时补植；新植苗木及时修剪、适量灌溉并成活。',
        titleEn: 'Replanting and new plants',
        standardEn:
          'Gaps and dead plants replaced promptly; new plants pruned, watered as needed and established.',
        maxScore: 4,
        critical: false,
      },
    ],
  },
  {
    key: 'ls-management',
    department: 'LANDSCAPING',
    title: '安全与养护管理',
    titleEn: 'Safety and care management',
    items: [
      {
        key: 'ls-09',
        title: '道路两侧安全',
        standard: '道路两侧绿化整齐，无遮挡视线、低垂枝条、倒伏树木等影响车辆和行人安全的情况。',
        titleEn: 'Safe verges',
        standardEn:
          'Roadside planting tidy, with nothing blocking sight lines, no low branches or fallen trees endangering traffic or people.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'ls-10',
        title: '农药化肥管理',
        standard: '农药、化肥专柜存放、上锁，有领用登记；喷药时现场设警示标志。',
        titleEn: 'Pesticides and fertiliser',
        standardEn:
          'Pesticides and fertiliser kept in a locked cabinet with a withdrawal log; warning signs put up while spraying.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'ls-11',
        title: '园林工具设备',
        standard: '园林设备、工具完好，定点存放，使用人员会正确操作；抽问 1 人。',
        titleEn: 'Tools and equipment',
        standardEn:
          'Garden machinery and tools in good order and stored in place; staff use them correctly. Ask one gardener.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'ls-12',
        title: '片区责任与巡查',
        standard: '绿化责任片区划分到人，按巡查制度巡查并有记录。',
        titleEn: 'Named areas and patrols',
        standardEn:
          'Planting areas assigned to named gardeners and patrolled as the rules require, with records.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'ls-13',
        title: '养护计划',
        standard: '有年度及月度养护计划（修剪、施肥、病虫害防治等），按计划执行。',
        titleEn: 'Care plan',
        standardEn: 'Yearly and monthly care plans (pruning, feeding, pest control) exist and are followed.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'ls-14',
        title: '绿化台账',
        standard: '掌握绿化配置详情，有苗木品种、数量、分布台账，与现场相符。',
        titleEn: 'Planting register',
        standardEn:
          'The planting is known: a register of species, numbers and locations that matches the site.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'ls-15',
        title: '劝阻损绿行为',
        standard: '发现踩踏、攀折、占用绿地等行为能温和有礼地劝阻；抽问 2 名员工应对方式。',
        titleEn: 'Dissuading damage',
        standardEn:
          'People trampling, breaking or occupying planting are dissuaded politely; ask 2 staff how they would respond.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'ls-16',
        title: '异常情况通报',
        standard: '作业中发现设施损坏、可疑情况等异常，及时通报秩序维护员或管理人员，有记录。',
        titleEn: 'Reporting anomalies',
        standardEn:
          'Damage, suspicious activity or other anomalies seen while working are passed to security or managers promptly and logged.',
        maxScore: 3,
        critical: false,
      },
    ],
  },
];
