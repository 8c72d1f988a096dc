import type { AuditTemplateSection } from '../types.js';

/**
 * 保洁 (cleaning). Drawn from seed 000 (保洁员: 循环保洁 of roads, green areas and open drains, public
 * lamps and notice boards wiped; lobbies, entrance halls, lift cars, stairwells, public glass and
 * floors; car parks and public toilets; working hours 7:00–11:00 and 13:00–16:00; 保洁率 ≥ 99% with
 * areas assigned to named staff, timed cleaning, inspection logs and 垃圾日产日清), seed 001 (clean
 * around the clock, ≥ 99%), seed 002 (public areas cleaned daily, waste sorting) and seed 003
 * (regular disinfection, renovation waste managed).
 */
export const CLEANING_SECTIONS: AuditTemplateSection[] = [
  {
    key: 'cl-indoor',
    department: 'CLEANING',
    title: '楼内公共区域',
    titleEn: 'Indoor common areas',
    items: [
      {
        key: 'cl-01',
        title: '大堂门厅',
        standard: '大堂、门厅地面无垃圾、无污渍、无水迹，玻璃门无手印；抽查 3 栋。',
        titleEn: 'Lobbies and entrance halls',
        standardEn:
          'Lobby and entrance floors free of litter, stains and water; glass doors free of handprints. Check 3 buildings.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'cl-02',
        title: '电梯轿厢',
        standard: '轿厢地面、壁板、按钮面板无污渍、无手印、无异味；抽查 3 部电梯。',
        titleEn: 'Lift cars',
        standardEn:
          'Lift floors, wall panels and button panels free of stains, handprints and odours; check 3 lifts.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'cl-03',
        title: '楼道与安全通道',
        standard:
          '楼道、安全通道地面无垃圾、无杂物堆放，扶手、窗台用白手套擦拭无明显积尘；抽查 3 栋各 2 层。',
        titleEn: 'Corridors and stairwells',
        standardEn:
          'Corridors and stairwells free of litter and stored items; a white glove wiped on handrails and sills shows no dust. 3 buildings, 2 floors each.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'cl-04',
        title: '公共玻璃',
        standard: '公共区域玻璃门窗洁净透亮，无明显污迹、手印；抽查 5 处。',
        titleEn: 'Public glass',
        standardEn:
          'Glass doors and windows in common areas clear, with no visible smears or handprints; check 5 places.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'cl-05',
        title: '公共卫生间',
        standard: '公共卫生间无异味、无积水、洁具无污垢，纸篓不满溢。',
        titleEn: 'Public toilets',
        standardEn:
          'Public toilets without odour or standing water, fixtures free of grime, bins not overflowing.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'cl-06',
        title: '灯具与宣传栏',
        standard: '公共灯具、宣传栏、信报箱定期擦抹，无积尘、无蛛网；抽查 5 处。',
        titleEn: 'Lamps and notice boards',
        standardEn:
          'Public lamps, notice boards and letterboxes wiped regularly, free of dust and cobwebs; check 5.',
        maxScore: 3,
        critical: false,
      },
    ],
  },
  {
    key: 'cl-outdoor',
    department: 'CLEANING',
    title: '室外与停车场',
    titleEn: 'Outdoor areas and car parks',
    items: [
      {
        key: 'cl-07',
        title: '道路地面',
        standard: '道路地面循环保洁，无烟头、纸屑、果皮等散落垃圾，无积水；抽查 3 段主干道。',
        titleEn: 'Roads and paving',
        standardEn:
          'Roads swept in rounds: no cigarette ends, paper or peel lying about, no standing water; check 3 main road stretches.',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'cl-08',
        title: '绿地与明沟',
        standard: '绿地内无垃圾杂物；明沟无淤积、无杂物，排水畅通；抽查 3 处。',
        titleEn: 'Green areas and open drains',
        standardEn:
          'No litter in green areas; open drains free of silt and debris and flowing; check 3 places.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'cl-09',
        title: '停车场',
        standard: '地面及地下停车场无垃圾、无油污、无积水，角落无杂物堆放。',
        titleEn: 'Car parks',
        standardEn:
          'Surface and underground car parks free of litter, oil and standing water; nothing piled in corners.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'cl-10',
        title: '小区周边',
        standard: '小区出入口及周边环境每日保洁，无垃圾堆积。',
        titleEn: 'Estate surroundings',
        standardEn: 'Entrances and the area around the estate cleaned daily, with no rubbish piling up.',
        maxScore: 3,
        critical: false,
      },
    ],
  },
  {
    key: 'cl-waste',
    department: 'CLEANING',
    title: '垃圾处理与保洁管理',
    titleEn: 'Waste and cleaning management',
    items: [
      {
        key: 'cl-11',
        title: '垃圾日产日清',
        standard: '生活垃圾日产日清；垃圾桶、垃圾房不满溢，外表洁净，周边无散落垃圾和明显异味。',
        titleEn: 'Waste cleared daily',
        standardEn:
          'Household waste removed the day it is produced; bins and bin rooms not overflowing, clean outside, no litter or smell around.',
        maxScore: 6,
        critical: false,
      },
      {
        key: 'cl-12',
        title: '垃圾分类',
        standard: '分类投放点标识清晰，按类别配置桶体，有分类宣传；抽查 2 个投放点。',
        titleEn: 'Waste sorting',
        standardEn:
          'Sorting points clearly labelled, with a bin for each category and sorting notices; check 2 points.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'cl-13',
        title: '装修垃圾',
        standard: '装修垃圾袋装、定点堆放，及时清运，不占道、不混入生活垃圾。',
        titleEn: 'Renovation waste',
        standardEn:
          'Renovation waste bagged and kept at the set point, removed promptly, never on the road or mixed with household waste.',
        maxScore: 4,
        critical: false,
      },
      {
        key: 'cl-14',
        title: '消毒',
        standard: '垃圾房、电梯按钮等公共区域按计划消毒，有消毒记录；核对近一个月记录。',
        titleEn: 'Disinfection',
        standardEn:
          'Bin rooms, lift buttons and other common areas disinfected to plan with records; check the last month.',
        maxScore: 3,
        critical: false,
      },
      {
        key: 'cl-15',
        title: '责任到人与定时保洁',
        standard: '保洁责任区划分到人并公示，按 7:00–11:00、13:00–16:00（可随季节调整）定时作业。',
        titleEn: 'Named areas and timed cleaning',
        standardEn:
          'Cleaning areas assigned to named staff and posted; work follows the timetable 7:00–11:00 and 13:00–16:00 (seasonal).',
        maxScore: 5,
        critical: false,
      },
      {
        key: 'cl-16',
        title: '保洁巡查与保洁率',
        standard:
          '每日保洁巡查记录完整，问题有整改；检查员抽查 20 个点位，合格率不低于 99%（即 20 点全部合格）。',
        titleEn: 'Inspection logs and cleanliness rate',
        standardEn:
          'Daily cleaning inspections logged and problems fixed; the auditor checks 20 spots and at least 99% must pass (all 20).',
        maxScore: 5,
        critical: false,
      },
    ],
  },
];
