/**
 * English numerator, denominator and description of the built-in indicators. The domain
 * catalogue (and the API's `Indicator`) carries them in Chinese only (`numeratorLabel`,
 * `denominatorLabel`, `descriptionZh`); until the API exposes English ones, the web looks the
 * built-in indicators up here by code. Company-defined indicators have no entry and show what the
 * company typed. A test checks that every built-in indicator of the domain catalogue is here.
 */
export interface IndicatorLabelsEn {
  numerator: string;
  denominator: string | null;
  description: string;
}

const ratio = (numerator: string, denominator: string, note = ''): IndicatorLabelsEn => ({
  numerator,
  denominator,
  description: `${numerator} / ${denominator}${note}`,
});
const count = (numerator: string, description: string): IndicatorLabelsEn => ({
  numerator,
  denominator: null,
  description,
});
const YEARLY = ' (annualised)';

export const INDICATOR_LABELS_EN: Readonly<Record<string, IndicatorLabelsEn>> = {
  house_intact: ratio('Intact buildings', 'Buildings inspected'),
  repair_timely: ratio('Orders done on time', 'Orders done'),
  repair_rework: ratio('Orders reworked', 'Orders done'),
  repair_quality: ratio('Orders passed', 'Orders done'),
  repair_callback: ratio('Orders called back', 'Orders done'),
  equipment_intact: ratio('Intact equipment', 'Equipment inspected'),
  cleaning: ratio('Clean spots', 'Spots inspected'),
  streetlight_intact: ratio('Working street lights', 'Street lights'),
  fire_facility_intact: ratio('Intact fire facilities', 'Fire facilities inspected'),
  fire_alarm_rate: ratio('Fire alarms', 'Households', YEARLY),
  fire_count: count('Fires caused by management', 'Fires caused by management; should be 0'),
  road_parking_intact: ratio('Intact roads and car parks', 'Roads and car parks inspected'),
  greenery_intact: ratio('Intact green area', 'Green area'),
  drainage_intact: ratio('Intact wells', 'Wells inspected'),
  pipe_intact: ratio('Intact drains and ditches', 'Drains and ditches inspected'),
  public_facility_intact: ratio('Intact amenities', 'Amenities inspected'),
  complaint_valid_rate: ratio('Valid complaints', 'Households', YEARLY),
  complaint_handled: ratio('Valid complaints handled', 'Valid complaints'),
  satisfaction: ratio('Satisfied responses', 'Valid responses'),
  fee_collection: ratio('Fees collected', 'Fees due'),
  security_cases: count(
    'Security cases caused by management',
    `Security cases caused by management${YEARLY}`,
  ),
  major_criminal_cases: count('Major criminal cases', 'Major criminal cases in the estate; should be 0'),
  violation_rate: ratio('Violations', 'Households', YEARLY),
  violation_handled: ratio('Violations handled', 'Violations'),
  training_pass: ratio('Trainees passed', 'Trainees'),
  certified_on_duty: ratio('Staff with valid certificates', 'Special-operation staff'),
  culture_activities: count('Community activities', `Community activities${YEARLY}, at least 12 a year`),
  special_services: count('Special services on the menu', 'Special services on the menu (at period end)'),
  audit_score: ratio('Points earned', 'Points applicable', ' in the quarter’s quality audits'),
};
