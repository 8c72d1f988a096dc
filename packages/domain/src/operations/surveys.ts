/**
 * Satisfaction surveys (满意度调查, DOMAIN.md "Estate operations"): at least two a year per estate
 * (每半年一次), questions by service area, one answer per household (by a printed household code),
 * the satisfaction rate per area and overall. An answer rates each question on the five-point
 * scale of the seeds' questionnaires; 非常满意, 满意 and 基本满意 count as satisfied. The
 * satisfaction indicator counts the answers of the surveys that close in the month.
 */

/** The service areas questions belong to (the service centre's departments, and the whole). */
export const SURVEY_AREAS = [
  'CUSTOMER_SERVICE',
  'SECURITY',
  'CLEANING',
  'ENGINEERING',
  'LANDSCAPING',
  'OVERALL',
] as const;
export type SurveyArea = (typeof SURVEY_AREAS)[number];

/** 5 非常满意 … 1 非常不满意. */
export const SURVEY_RATINGS = [5, 4, 3, 2, 1] as const;
export type SurveyRating = (typeof SURVEY_RATINGS)[number];
/** The lowest rating that counts as satisfied (基本满意). */
export const SATISFIED_RATING = 3;

export interface SurveyQuestion {
  /** Stable within the survey: q1, q2 … */
  key: string;
  area: SurveyArea;
  text: string;
}

/** The default questionnaire: two questions per service area and one on the whole. */
export const DEFAULT_SURVEY_QUESTIONS: readonly SurveyQuestion[] = [
  { key: 'q1', area: 'CUSTOMER_SERVICE', text: '客服人员的服务态度' },
  { key: 'q2', area: 'CUSTOMER_SERVICE', text: '投诉、报修的受理与回复是否及时' },
  { key: 'q3', area: 'SECURITY', text: '小区秩序维护与门岗管理' },
  { key: 'q4', area: 'SECURITY', text: '车辆停放与交通秩序' },
  { key: 'q5', area: 'CLEANING', text: '公共区域的清洁卫生' },
  { key: 'q6', area: 'CLEANING', text: '垃圾清运是否及时' },
  { key: 'q7', area: 'ENGINEERING', text: '维修服务的及时性与质量' },
  { key: 'q8', area: 'ENGINEERING', text: '电梯、照明等公共设施的运行' },
  { key: 'q9', area: 'LANDSCAPING', text: '绿化养护' },
  { key: 'q10', area: 'OVERALL', text: '对物业服务的总体评价' },
];

export const MAX_SURVEY_QUESTIONS = 40;
/** Household codes generated per call at most (a sheet of 30 fits on an A4 page). */
export const MAX_HOUSEHOLD_CODES_PER_BATCH = 2000;

/** Household codes: 8 characters of an alphabet without look-alikes (0/O, 1/I/L), printed as XXXX-XXXX. */
export const HOUSEHOLD_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const HOUSEHOLD_CODE_LENGTH = 8;

/** A code as typed (any case, spaces or dashes) in its stored form, or null when it cannot be one. */
export function normalizeHouseholdCode(input: string): string | null {
  const v = input.toUpperCase().replace(/[\s-]/g, '');
  if (v.length !== HOUSEHOLD_CODE_LENGTH) return null;
  for (const ch of v) if (!HOUSEHOLD_CODE_ALPHABET.includes(ch)) return null;
  return v;
}

export const formatHouseholdCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** A code from `random` bytes (crypto in the API): unbiased by rejection. */
export function householdCodeFrom(nextByte: () => number): string {
  const n = HOUSEHOLD_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  while (out.length < HOUSEHOLD_CODE_LENGTH) {
    const b = nextByte();
    if (b < limit) out += HOUSEHOLD_CODE_ALPHABET[b % n];
  }
  return out;
}

export type SurveyStatus = 'SCHEDULED' | 'OPEN' | 'CLOSED';

/** Where a survey stands on `today` (the company's calendar date, YYYY-MM-DD). */
export function surveyStatusOn(s: { opensOn: string; closesOn: string }, today: string): SurveyStatus {
  if (today < s.opensOn) return 'SCHEDULED';
  if (today > s.closesOn) return 'CLOSED';
  return 'OPEN';
}

/** The month a survey's answers count in (satisfaction): the month it closes. */
export const surveyMonth = (s: { closesOn: string }) => s.closesOn.slice(0, 7);

export type SurveyRatings = Readonly<Record<string, number>>;

/** An answer is satisfied when the mean of its ratings is 基本满意 or better; none: not valid. */
export function answerSatisfied(ratings: SurveyRatings): boolean | null {
  const values = Object.values(ratings);
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length >= SATISFIED_RATING;
}

export interface AreaResult {
  area: SurveyArea;
  satisfied: number;
  rated: number;
  /** Percent, or null when nothing was rated. */
  rate: number | null;
}

export interface SurveyResults {
  answers: number;
  satisfiedAnswers: number;
  rate: number | null;
  areas: AreaResult[];
}

const pct = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10000) / 100 : null);

/** The satisfaction rate per area (satisfied ratings / ratings) and overall (satisfied answers / answers). */
export function surveyResults(
  questions: readonly SurveyQuestion[],
  answers: readonly SurveyRatings[],
): SurveyResults {
  const areaOf = new Map(questions.map((q) => [q.key, q.area]));
  const tally = new Map<SurveyArea, { satisfied: number; rated: number }>();
  for (const q of questions) tally.set(q.area, { satisfied: 0, rated: 0 });
  let valid = 0;
  let satisfied = 0;
  for (const a of answers) {
    const ok = answerSatisfied(a);
    if (ok === null) continue;
    valid++;
    if (ok) satisfied++;
    for (const [key, rating] of Object.entries(a)) {
      const area = areaOf.get(key);
      if (!area) continue;
      const t = tally.get(area)!;
      t.rated++;
      if (rating >= SATISFIED_RATING) t.satisfied++;
    }
  }
  return {
    answers: valid,
    satisfiedAnswers: satisfied,
    rate: pct(satisfied, valid),
    areas: SURVEY_AREAS.filter((a) => tally.has(a)).map((area) => {
      const t = tally.get(area)!;
      return { area, satisfied: t.satisfied, rated: t.rated, rate: pct(t.satisfied, t.rated) };
    }),
  };
}

/** satisfaction's figure of a month: the answers of the estate's surveys closing that month. */
export function satisfactionFigure(
  answers: readonly SurveyRatings[],
): { numerator: number; denominator: number } | null {
  const judged = answers.map(answerSatisfied).filter((x): x is boolean => x !== null);
  if (judged.length === 0) return null;
  return { numerator: judged.filter(Boolean).length, denominator: judged.length };
}

export const SATISFACTION = 'satisfaction';
/** Surveys an estate owes per year (每半年一次). */
export const MIN_SURVEYS_PER_YEAR = 2;

export const SURVEY_LABELS = {
  area: {
    CUSTOMER_SERVICE: { zh: '客服', en: 'Customer service' },
    SECURITY: { zh: '秩序维护', en: 'Security' },
    CLEANING: { zh: '保洁', en: 'Cleaning' },
    ENGINEERING: { zh: '工程', en: 'Engineering' },
    LANDSCAPING: { zh: '绿化', en: 'Landscaping' },
    OVERALL: { zh: '总体', en: 'Overall' },
  },
  rating: {
    5: { zh: '非常满意', en: 'Very satisfied' },
    4: { zh: '满意', en: 'Satisfied' },
    3: { zh: '基本满意', en: 'Basically satisfied' },
    2: { zh: '不满意', en: 'Dissatisfied' },
    1: { zh: '非常不满意', en: 'Very dissatisfied' },
  },
} as const;
