/**
 * satisfaction (业主满意率) computed from survey answers through the indicator source interface:
 * satisfied answers / valid answers of the estate's surveys that close in the month. Recomputed in
 * the transaction that records an answer (only that estate and month); the drill-down lists the
 * surveys behind the figure, with counts and per-area rates (never a household).
 */
import {
  indicatorByCode,
  monthBounds,
  monthlyValue,
  oneOf,
  SATISFACTION,
  surveyMonth,
  surveyResults,
} from '@anju/domain';
import { z } from 'zod';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../lib/errors.js';
import { assertMonth } from '../../lib/months.js';
import { parseInput } from '../../lib/validation.js';
import { tenantRead } from '../../lib/write.js';
import { currentMonthOf } from '../companies/index.js';
import { recomputeChanged } from '../complaints/index.js';
import { type IndicatorSource, registerIndicatorSource } from '../indicators/index.js';
import type { SurveyRow } from './surveys.schema.js';
import * as store from './surveys.store.js';
import type { SurveyIndicatorDrillDown } from './surveys.types.js';

/** The estate's surveys closing in `month`. */
export function surveysOfMonth(tx: Tx, companyId: string, estateId: string, month: string) {
  const { from, to } = monthBounds(month);
  return store.surveysClosing(tx, companyId, estateId, from, to);
}

export async function satisfactionFigureOf(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
): Promise<{ numerator: number; denominator: number } | null> {
  const closing = await surveysOfMonth(tx, companyId, estateId, month);
  const counts = await store.responseCounts(
    tx,
    companyId,
    closing.map((s) => s.id),
  );
  let answers = 0;
  let satisfied = 0;
  for (const c of counts.values()) {
    answers += c.answers;
    satisfied += c.satisfied;
  }
  return answers > 0 ? { numerator: satisfied, denominator: answers } : null;
}

export const satisfactionSource: IndicatorSource = {
  name: 'surveys',
  measurement: indicatorByCode(SATISFACTION)!.measurement,
  codes: [SATISFACTION],
  compute: (tx, companyId, estateId, month) => satisfactionFigureOf(tx, companyId, estateId, month),
};

export function registerSurveyIndicatorSources(): () => void {
  return registerIndicatorSource(satisfactionSource);
}

/** After an answer to `survey`: its estate's satisfaction of the month it closes. */
export function recomputeSatisfaction(tx: Tx, survey: SurveyRow, now: Date): Promise<string[]> {
  const month = surveyMonth(survey);
  return recomputeChanged(tx, survey.companyId, survey.estateId, month, now, [SATISFACTION], () =>
    satisfactionFigureOf(tx, survey.companyId, survey.estateId, month),
  );
}

const drillDownArgs = z.object({
  estateId: z.string(),
  indicatorCode: oneOf([SATISFACTION], {
    required: '请选择指标',
    invalid: '该指标没有调查明细（仅业主满意率）',
  }),
  month: z.string(),
});

/** The surveys behind an estate's satisfaction figure, for whoever reads its monthly figures. */
export function surveyIndicatorDrillDown(
  ctx: Context,
  args: { estateId: string; indicatorCode: string; month: string },
): Promise<SurveyIndicatorDrillDown> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!isUuid(args.estateId)) throw notFound('小区');
    const estate = await loadEstateFor(tx, caller, args.estateId, 'read', 'MonthlyFigure');
    const parsed = parseInput(drillDownArgs, args);
    assertMonth(parsed.month, ['month'], {
      notFuture: true,
      now: await currentMonthOf(tx, caller.companyId, ctx.services.clock),
    });
    const closing = await surveysOfMonth(tx, caller.companyId, estate.id, parsed.month);
    const responses = await store.responsesOf(
      tx,
      caller.companyId,
      closing.map((s) => s.id),
    );
    const rows = closing.map((s) => {
      const r = surveyResults(
        s.questions,
        responses.filter((a) => a.surveyId === s.id).map((a) => a.ratings),
      );
      return {
        surveyId: s.id,
        title: s.title,
        closesOn: s.closesOn,
        answers: r.answers,
        satisfiedAnswers: r.satisfiedAnswers,
        areas: r.areas,
      };
    });
    const answers = rows.reduce((a, r) => a + r.answers, 0);
    const satisfied = rows.reduce((a, r) => a + r.satisfiedAnswers, 0);
    const figure = answers > 0 ? { numerator: satisfied, denominator: answers } : null;
    return {
      estateId: estate.id,
      indicatorCode: SATISFACTION,
      month: parsed.month,
      numerator: figure?.numerator ?? null,
      denominator: figure?.denominator ?? null,
      value: figure ? monthlyValue(indicatorByCode(SATISFACTION)!, figure) : null,
      rows,
    };
  });
}
