/**
 * Scoring of an audit (DOMAIN.md "Quality supervision"): earned over applicable max, per section
 * and in total, always from the sums (a total is never an average of section rates); a failed
 * critical item (一票否决) fails the audit whatever its score; the grade is the first band whose
 * minimum the percentage reaches.
 *
 * Decisions:
 * - A critical item may be NOT_APPLICABLE (a night patrol cannot check the daytime reception): it
 *   then counts neither in the max nor as a failure, like any other item.
 * - An item is failed when it is answered FAIL or scored below its max; for a critical item that
 *   fails the audit, so an auditor who means "minor lapse" on a critical item fails the audit.
 * - An unanswered item counts in the max with 0 earned (a submitted audit has no such item; a
 *   draft's score shows what is still missing) and is not failed.
 * - A withdrawn finding (appeal decided for the estate) gives the item its full marks and clears
 *   its failure. Withdrawing an item that is not failed changes nothing.
 * - A score is 0..maxScore in steps of 0.5 (or exactly maxScore); anything else is refused by
 *   `answerProblem` before it is stored, and `itemOutcome` throws on it rather than guess.
 */
import { round } from '../indicators/formulas.js';
import type { FieldProblem } from '../validation/problems.js';
import type {
  AuditAnswer,
  AuditDepartment,
  AuditTemplateContent,
  AuditTemplateItem,
  GradeBand,
} from './types.js';

/** The default bands: 优 ≥ 90, 良 ≥ 80, 合格 ≥ 70, 不合格 below. */
export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = Object.freeze([
  { grade: 'EXCELLENT', label: '优', labelEn: 'Excellent', min: 90 },
  { grade: 'GOOD', label: '良', labelEn: 'Good', min: 80 },
  { grade: 'PASS', label: '合格', labelEn: 'Pass', min: 70 },
  { grade: 'FAIL', label: '不合格', labelEn: 'Fail', min: 0 },
]);

/** Steps a score moves in: 0, 0.5, 1, … */
export const SCORE_STEP = 0.5;

/** Why an answer cannot be stored for an item. */
export type AnswerProblem = 'NOT_A_NUMBER' | 'OUT_OF_RANGE' | 'NOT_A_HALF_STEP';

/** Null when `answer` is a valid answer to `item`; only SCORE answers can be invalid. */
export function answerProblem(
  item: Pick<AuditTemplateItem, 'maxScore'>,
  answer: AuditAnswer,
): AnswerProblem | null {
  if (answer.kind !== 'SCORE') return null;
  const { score } = answer;
  if (typeof score !== 'number' || !Number.isFinite(score)) return 'NOT_A_NUMBER';
  if (score < 0 || score > item.maxScore) return 'OUT_OF_RANGE';
  if (score !== item.maxScore && !Number.isInteger(score / SCORE_STEP)) return 'NOT_A_HALF_STEP';
  return null;
}

/**
 * The problem as a field problem (REASON_CODES) for a BAD_USER_INPUT answer under `path`:
 * OUT_OF_RANGE with { min, max }, INVALID otherwise. Null when the answer is valid.
 */
export function answerFieldProblem(
  item: Pick<AuditTemplateItem, 'maxScore'>,
  answer: AuditAnswer,
  path: (string | number)[] = ['answer', 'score'],
): FieldProblem | null {
  const problem = answerProblem(item, answer);
  switch (problem) {
    case null:
      return null;
    case 'OUT_OF_RANGE':
      return {
        path,
        reason: 'OUT_OF_RANGE',
        message: `得分须在 0 到 ${item.maxScore} 之间`,
        params: { min: 0, max: item.maxScore },
      };
    case 'NOT_A_HALF_STEP':
      return { path, reason: 'INVALID', message: '得分须为 0.5 的整数倍', params: { step: SCORE_STEP } };
    case 'NOT_A_NUMBER':
      return { path, reason: 'INVALID', message: '得分必须是数字' };
  }
}

export interface ItemOutcome {
  /** False for NOT_APPLICABLE: the item counts neither in the max nor as a failure. */
  applicable: boolean;
  answered: boolean;
  /** Points earned (0 when not applicable or unanswered). */
  earned: number;
  /** FAIL, or a score below the max: a finding. */
  failed: boolean;
}

/** What one answer (or none) earns; throws a RangeError on an invalid score (see `answerProblem`). */
export function itemOutcome(item: AuditTemplateItem, answer: AuditAnswer | undefined): ItemOutcome {
  if (!answer) return { applicable: true, answered: false, earned: 0, failed: false };
  switch (answer.kind) {
    case 'NOT_APPLICABLE':
      return { applicable: false, answered: true, earned: 0, failed: false };
    case 'PASS':
      return { applicable: true, answered: true, earned: item.maxScore, failed: false };
    case 'FAIL':
      return { applicable: true, answered: true, earned: 0, failed: true };
    case 'SCORE': {
      const problem = answerProblem(item, answer);
      if (problem) throw new RangeError(`item ${item.key}: score ${answer.score} is ${problem}`);
      return { applicable: true, answered: true, earned: answer.score, failed: answer.score < item.maxScore };
    }
  }
}

/** The first band whose minimum `percent` reaches (bands best first); null for no percentage. */
export function gradeOf(
  percent: number | null,
  bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS,
): GradeBand | null {
  if (percent == null || bands.length === 0) return null;
  return bands.find((b) => percent >= b.min) ?? bands[bands.length - 1]!;
}

export interface SectionScore {
  key: string;
  department: AuditDepartment;
  earned: number;
  /** Sum of the max of the applicable items. */
  max: number;
  /** earned / max in percent, 2 decimals; null when nothing is applicable. */
  percent: number | null;
  /** Keys of the failed items (withdrawn findings excluded), in template order. */
  failedItems: string[];
}

export interface AuditScore {
  sections: SectionScore[];
  total: {
    earned: number;
    max: number;
    percent: number | null;
    /** The band of the percentage, the lowest band when a critical item failed; null without percentage. */
    grade: GradeBand | null;
    /** Keys of the failed critical items (withdrawn ones excluded). */
    criticalFailed: string[];
    /** A critical item failed: the audit fails whatever its percentage. */
    failed: boolean;
    /** Keys of all failed items, in template order: one finding each. */
    failedItems: string[];
    /** Items with an answer (NOT_APPLICABLE included). */
    answered: number;
    unanswered: number;
  };
}

export interface ScoreOptions {
  /** Items whose finding was withdrawn on appeal: full marks, not failed. */
  withdrawn?: ReadonlySet<string>;
  /** The company's bands (default `DEFAULT_GRADE_BANDS`). */
  bands?: readonly GradeBand[];
}

const percentOf = (earned: number, max: number) => (max > 0 ? round((earned / max) * 100) : null);

/** The score of an audit from its template version's contents and the answers by item key. */
export function scoreAudit(
  content: AuditTemplateContent,
  answers: ReadonlyMap<string, AuditAnswer>,
  options: ScoreOptions = {},
): AuditScore {
  const withdrawn = options.withdrawn ?? new Set<string>();
  const bands = options.bands ?? DEFAULT_GRADE_BANDS;
  let earned = 0;
  let max = 0;
  let answered = 0;
  let unanswered = 0;
  const criticalFailed: string[] = [];
  const failedItems: string[] = [];

  const sections = content.sections.map((section): SectionScore => {
    let sEarned = 0;
    let sMax = 0;
    const sFailed: string[] = [];
    for (const item of section.items) {
      const outcome = itemOutcome(item, answers.get(item.key));
      if (outcome.answered) answered++;
      else unanswered++;
      if (!outcome.applicable) continue;
      sMax += item.maxScore;
      if (outcome.failed && withdrawn.has(item.key)) {
        sEarned += item.maxScore;
        continue;
      }
      sEarned += outcome.earned;
      if (outcome.failed) {
        sFailed.push(item.key);
        if (item.critical) criticalFailed.push(item.key);
      }
    }
    earned += sEarned;
    max += sMax;
    failedItems.push(...sFailed);
    return {
      key: section.key,
      department: section.department,
      earned: round(sEarned),
      max: round(sMax),
      percent: percentOf(sEarned, sMax),
      failedItems: sFailed,
    };
  });

  const percent = percentOf(earned, max);
  const failed = criticalFailed.length > 0;
  const grade = failed && bands.length > 0 ? bands[bands.length - 1]! : gradeOf(percent, bands);
  return {
    sections,
    total: {
      earned: round(earned),
      max: round(max),
      percent,
      grade,
      criticalFailed,
      failed,
      failedItems,
      answered,
      unanswered,
    },
  };
}
