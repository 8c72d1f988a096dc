/**
 * Short column headers for the built-in indicators (a heat map of 29 columns cannot carry
 * "雨水井、污水井、化粪池、沙井完好率"); the full name stays in the tooltip. Company indicators
 * have no entry and fall back to their name.
 */
export const SHORT_NAMES: Record<string, { zh: string; en: string }> = {
  house_intact: { zh: '房屋完好', en: 'Housing' },
  repair_timely: { zh: '维修及时', en: 'Repair time' },
  repair_rework: { zh: '维修返修', en: 'Rework' },
  repair_quality: { zh: '维修合格', en: 'Repair QA' },
  repair_callback: { zh: '维修回访', en: 'Callback' },
  equipment_intact: { zh: '设备完好', en: 'Equip.' },
  cleaning: { zh: '保洁', en: 'Cleaning' },
  streetlight_intact: { zh: '路灯完好', en: 'Lights' },
  fire_facility_intact: { zh: '消防设施', en: 'Fire kit' },
  fire_alarm_rate: { zh: '火警率', en: 'Fire alarms' },
  fire_count: { zh: '火灾', en: 'Fires' },
  road_parking_intact: { zh: '道路车场', en: 'Roads' },
  greenery_intact: { zh: '绿化完好', en: 'Greenery' },
  drainage_intact: { zh: '井类完好', en: 'Wells' },
  pipe_intact: { zh: '管沟完好', en: 'Drains' },
  public_facility_intact: { zh: '文体设施', en: 'Amenities' },
  complaint_valid_rate: { zh: '有效投诉', en: 'Complaints' },
  complaint_handled: { zh: '投诉处理', en: 'Handled' },
  satisfaction: { zh: '满意率', en: 'Satisfied' },
  fee_collection: { zh: '收缴率', en: 'Fees' },
  security_cases: { zh: '治安案件', en: 'Security' },
  major_criminal_cases: { zh: '刑事案件', en: 'Crime' },
  violation_rate: { zh: '违章率', en: 'Violations' },
  violation_handled: { zh: '违章处理', en: 'Viol. fixed' },
  training_pass: { zh: '培训合格', en: 'Training' },
  certified_on_duty: { zh: '持证上岗', en: 'Certified' },
  culture_activities: { zh: '文化活动', en: 'Activities' },
  special_services: { zh: '特约服务', en: 'Services' },
  audit_score: { zh: '检查得分', en: 'Audit' },
};
