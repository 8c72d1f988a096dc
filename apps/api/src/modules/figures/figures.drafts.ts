/**
 * Drafts of the monthly form: save, submit, correct an approved figure, and the recompute of
 * computed figures that operational modules call inside their own transaction.
 */
import {
  correctMonthlyFigureInput,
  type FieldProblem,
  figureValues,
  monthlyValue,
  problemsOf,
  saveMonthlyFiguresInput,
} from '@anju/domain';
import { loadEstateFor } from '../../authz/estate-access.js';
import type { Tx } from '../../db/client.js';
import type { Context } from '../../graphql/context.js';
import { appError, assertValid, badInput, conflict } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantWrite } from '../../lib/write.js';
import { onceWithKey } from '../idempotency/index.js';
import { type CatalogueEntry, isComputed, loadCatalogue, sourceOf } from '../indicators/index.js';
import {
  assertReportableMonth,
  buildForm,
  byIndicator,
  figuresBefore,
  formNow,
  publishFigures,
} from './figures.service.js';
import * as store from './figures.store.js';
import type {
  CorrectMonthlyFigureInput,
  FigureInput,
  MonthlyForm,
  SaveMonthlyFiguresInput,
} from './figures.types.js';

/** Checks one reported figure against its definition; problems carry `path` under `figures[i]`. */
export function figureProblems(
  def: CatalogueEntry | undefined,
  f: FigureInput,
  path: (string | number)[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!def || def.retired)
    return [{ path: [...path, 'indicatorCode'], reason: 'NOT_FOUND', message: '指标不存在或已停用' }];
  if (isComputed(def.code)) {
    return [
      {
        path: [...path, 'indicatorCode'],
        reason: 'COMPUTED',
        message: `${def.nameZh}由系统计算，不能手工填报`,
      },
    ];
  }
  problems.push(...problemsOf(figureValues(def), f, path));
  return problems;
}

/**
 * Writes drafts for one estate and month (the monthly form, an import row, or a recompute).
 * A draft or rejected figure is rewritten; a submitted one waits for HQ; an approved one is
 * locked and only a correction (a new revision) may change it. Returns the change-log `before`:
 * the latest revisions of the written indicators as they were.
 */
export async function writeDrafts(
  tx: Tx,
  caller: { companyId: string; userId: string | null },
  estateId: string,
  month: string,
  figures: {
    def: CatalogueEntry;
    numerator: number;
    denominator: number | null;
    note?: string | null;
    source: 'REPORTED' | 'COMPUTED';
    path: (string | number)[];
    /** The line as the writer last read it: a newer one on file means someone saved in between. */
    seen?: { revision: number; version: number } | null;
  }[],
): Promise<ReturnType<typeof figuresBefore>> {
  await store.lockEstateMonth(tx, caller.companyId, estateId, month);
  const { latest } = byIndicator(await store.revisionsOfMonth(tx, caller.companyId, estateId, month));
  const problems: FieldProblem[] = [];
  for (const f of figures) {
    const current = latest.get(f.def.code);
    if (current?.state === 'SUBMITTED')
      problems.push({ path: f.path, reason: 'SUBMITTED', message: `${f.def.nameZh}已提交，等待总部审核` });
    if (current?.state === 'APPROVED' && f.source === 'REPORTED') {
      problems.push({ path: f.path, reason: 'LOCKED', message: `${f.def.nameZh}已审核锁定，请通过更正修改` });
    } else if (f.seen && (current?.revision !== f.seen.revision || current?.version !== f.seen.version)) {
      problems.push({
        path: f.path,
        reason: 'STALE_VERSION',
        message: `${f.def.nameZh}已被他人修改，请刷新后重试`,
      });
    }
  }
  if (problems.length) badLocked(problems);
  const before = figuresBefore(
    latest,
    figures.map((f) => f.def.code),
  );
  for (const f of figures) {
    const values = {
      numerator: f.numerator,
      denominator: f.def.unit === 'PERCENT' ? f.denominator : null,
      value: monthlyValue(f.def, { numerator: f.numerator, denominator: f.denominator }),
      note: f.note?.trim() || null,
      source: f.source,
      createdBy: caller.userId,
    };
    const current = latest.get(f.def.code);
    if (!current) {
      await store.insertRevision(
        tx,
        caller.companyId,
        { estateId, indicatorCode: f.def.code, month, revision: 1 },
        { ...values, correctionReason: null },
      );
    } else if (current.state === 'APPROVED') {
      // Only computed figures get here: their source data changed after approval.
      await store.insertRevision(
        tx,
        caller.companyId,
        { estateId, indicatorCode: f.def.code, month, revision: current.revision + 1 },
        { ...values, correctionReason: '来源数据变更，系统重新计算' },
      );
    } else {
      await store.updateDraft(tx, caller.companyId, current.id, {
        ...values,
        correctionReason: current.correctionReason,
      });
    }
  }
  return before;
}

/** A locked or pending figure is a CONFLICT, with the paths of every affected line. */
function badLocked(problems: FieldProblem[]): never {
  throw appError('CONFLICT', problems[0]!.message, { reason: problems[0]!.reason, fields: problems });
}

export async function saveMonthlyFigures(ctx: Context, input: SaveMonthlyFiguresInput): Promise<MonthlyForm> {
  const form = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    // Permission first: a caller who may not report here learns nothing from validation.
    const estate = await loadEstateFor(tx, caller, input.estateId, 'update', 'MonthlyFigure');
    await assertReportableMonth(ctx, tx, caller.companyId, input.month);
    parseInput(saveMonthlyFiguresInput, input);
    if (estate.archivedAt)
      throw badInput([{ path: ['estateId'], reason: 'ARCHIVED', message: '小区已归档' }]);
    const catalogue = await loadCatalogue(tx, caller.companyId);
    const problems = input.figures.flatMap((f, i) =>
      figureProblems(catalogue.byCode.get(f.indicatorCode), f, ['figures', i]),
    );
    assertValid(problems);
    await onceWithKey(
      tx,
      {
        companyId: caller.companyId,
        userId: caller.userId,
        operation: 'saveMonthlyFigures',
        payload: input,
      },
      input.idempotencyKey,
      async () => {
        const before = await writeDrafts(
          tx,
          caller,
          estate.id,
          input.month,
          input.figures.map((f, i) => ({
            def: catalogue.byCode.get(f.indicatorCode)!,
            numerator: f.numerator,
            denominator: f.denominator ?? null,
            note: f.note ?? null,
            source: 'REPORTED' as const,
            path: ['figures', i],
            seen:
              f.revision != null && f.version != null ? { revision: f.revision, version: f.version } : null,
          })),
        );
        await changeLog(
          'figures.save',
          'MonthlyFigure',
          estate.id,
          { month: input.month, figures: before },
          { month: input.month, figures: input.figures },
        );
        return true;
      },
    );
    return formNow(tx, caller.companyId, estate, input.month, catalogue);
  });
  publishFigures(ctx, form);
  return form;
}

export async function submitMonthlyFigures(
  ctx: Context,
  estateId: string,
  month: string,
): Promise<MonthlyForm> {
  const form = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await loadEstateFor(tx, caller, estateId, 'submit', 'MonthlyFigure');
    await assertReportableMonth(ctx, tx, caller.companyId, month);
    await store.lockEstateMonth(tx, caller.companyId, estateId, month);
    const { latest } = byIndicator(await store.revisionsOfMonth(tx, caller.companyId, estateId, month));
    const drafts = [...latest.values()].filter((f) => f.state === 'DRAFT' || f.state === 'REJECTED');
    if (drafts.length === 0) throw conflict('没有可提交的草稿', 'NOTHING_TO_SUBMIT');
    await store.setStates(
      tx,
      caller.companyId,
      drafts.map((f) => f.id),
      {
        state: 'SUBMITTED',
        submittedBy: caller.userId,
        submittedAt: ctx.services.clock(),
        rejectReason: null,
      },
    );
    const codes = drafts.map((f) => f.indicatorCode);
    await changeLog(
      'figures.submit',
      'MonthlyFigure',
      estateId,
      { month, figures: figuresBefore(latest, codes) },
      { month, indicators: codes, state: 'SUBMITTED' },
    );
    return formNow(tx, caller.companyId, estate, month);
  });
  publishFigures(ctx, form);
  return form;
}

export async function correctMonthlyFigure(
  ctx: Context,
  input: CorrectMonthlyFigureInput,
): Promise<MonthlyForm> {
  const form = await tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const estate = await loadEstateFor(tx, caller, input.estateId, 'update', 'MonthlyFigure');
    await assertReportableMonth(ctx, tx, caller.companyId, input.month);
    const { reason } = parseInput(correctMonthlyFigureInput, input);
    const catalogue = await loadCatalogue(tx, caller.companyId);
    const def = catalogue.byCode.get(input.indicatorCode);
    assertValid(figureProblems(def, input, []));
    await store.lockEstateMonth(tx, caller.companyId, input.estateId, input.month);
    const [current] = await store.revisionsOfFigure(
      tx,
      caller.companyId,
      input.estateId,
      input.indicatorCode,
      input.month,
    );
    // Serialised by the estate-month lock: of two corrections at once, the second finds the first's
    // draft and is refused, as is one built on a revision that has since been corrected.
    if (current?.state !== 'APPROVED')
      throw conflict('只有已审核的数据需要更正，草稿可直接修改', 'NOT_APPROVED');
    if (input.revision != null && input.revision !== current.revision)
      throw conflict('该数据已被他人更正，请刷新后重试', 'STALE_VERSION');
    const created = await store.insertRevision(
      tx,
      caller.companyId,
      {
        estateId: input.estateId,
        indicatorCode: def!.code,
        month: input.month,
        revision: current.revision + 1,
      },
      {
        numerator: input.numerator,
        denominator: def!.unit === 'PERCENT' ? (input.denominator ?? null) : null,
        value: monthlyValue(def!, { numerator: input.numerator, denominator: input.denominator ?? null }),
        note: null,
        source: 'REPORTED',
        correctionReason: reason,
        createdBy: caller.userId,
      },
    );
    await changeLog('figures.correct', 'MonthlyFigure', created.id, current, created);
    return buildForm(
      estate,
      input.month,
      catalogue,
      await store.revisionsOfMonth(tx, caller.companyId, estate.id, input.month),
    );
  });
  publishFigures(ctx, form);
  return form;
}

/**
 * For operational modules: recompute the computed figures of an estate and month inside the
 * transaction that changed their source rows (never a nightly rebuild).
 *
 * The estate-month lock is taken before the sources are read: of two transactions that changed
 * source rows of the same estate-month at the same moment, the second waits for the first to
 * commit and then reads (READ COMMITTED: each statement sees what committed before it) both
 * changes, so the last figure written is always the recompute of every committed source row.
 */
export async function recomputeFigures(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
  codes: readonly string[],
): Promise<void> {
  await store.lockEstateMonth(tx, companyId, estateId, month);
  const catalogue = await loadCatalogue(tx, companyId);
  const figures = [];
  for (const code of codes) {
    const source = sourceOf(code);
    const def = catalogue.byCode.get(code);
    if (!source || !def) continue;
    const result = await source.compute(tx, companyId, estateId, month, code);
    if (!result) continue;
    figures.push({
      def,
      numerator: result.numerator,
      denominator: result.denominator,
      source: 'COMPUTED' as const,
      path: [code],
    });
  }
  if (figures.length) await writeDrafts(tx, { companyId, userId: null }, estateId, month, figures);
}
