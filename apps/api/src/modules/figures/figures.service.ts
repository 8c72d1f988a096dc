import { type Action, type FieldProblem, judge, monthlyValue, subject, targetInForce } from '@anju/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { accessibleWhere } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { appError, assertValid, badInput, conflict, forbidden, notFound } from '../../lib/errors.js';
import { tenantRead, tenantWrite } from '../../lib/write.js';
import type { EstateRow } from '../estates/estates.schema.js';
import { estates } from '../estates/estates.schema.js';
import { estateColumns, findEstate } from '../estates/estates.store.js';
import { onceWithKey } from '../idempotency/idempotency.store.js';
import { assertMonth, toIndicator, toTargetValue } from '../indicators/indicators.service.js';
import { type Catalogue, type CatalogueEntry, loadCatalogue } from '../indicators/indicators.store.js';
import { isComputed, sourceOf } from '../indicators/sources.js';
import { users } from '../users/users.schema.js';
import type { MonthlyFigureRow } from './figures.schema.js';
import * as store from './figures.store.js';
import type {
  ApprovalItem,
  CorrectMonthlyFigureInput,
  FigureInput,
  FormState,
  MonthlyForm,
  MonthlyFormItem,
  RejectMonthlyFiguresInput,
  SaveMonthlyFiguresInput,
} from './figures.types.js';

/** The estate of a figure operation, checked: it exists, is visible, and allows `action`. */
async function estateFor(tx: Tx, caller: TenantCaller, estateId: string, action: Action): Promise<EstateRow> {
  const estate = await findEstate(tx, caller.companyId, estateId);
  if (!estate || !caller.ability.can('read', subject('Estate', estate))) throw notFound('小区');
  const figure = subject('MonthlyFigure', { companyId: caller.companyId, estateId });
  if (!caller.ability.can(action, figure)) {
    throw caller.ability.can('read', figure) ? forbidden() : notFound('小区');
  }
  return estate;
}

function formStateOf(latest: MonthlyFigureRow[]): FormState {
  const states = new Set(latest.map((f) => f.state));
  if (states.size === 0) return 'EMPTY';
  if (states.size > 1) return states.has('REJECTED') ? 'REJECTED' : 'MIXED';
  return [...states][0]!;
}

/** Latest and effective revision per indicator, from all revisions of the month. */
function byIndicator(revisions: MonthlyFigureRow[]) {
  const latest = new Map<string, MonthlyFigureRow>();
  const effective = new Map<string, MonthlyFigureRow>();
  for (const r of revisions) {
    const l = latest.get(r.indicatorCode);
    if (!l || r.revision > l.revision) latest.set(r.indicatorCode, r);
    if (r.effective) effective.set(r.indicatorCode, r);
  }
  return { latest, effective };
}

function buildForm(
  estate: EstateRow,
  month: string,
  catalogue: Catalogue,
  revisions: MonthlyFigureRow[],
): MonthlyForm {
  const { latest, effective } = byIndicator(revisions);
  const items: MonthlyFormItem[] = catalogue.indicators
    .filter((def) => !def.retired || latest.has(def.code))
    .map((def) => {
      const figure = latest.get(def.code) ?? null;
      const target = targetInForce(def, estate.id, month, catalogue.presets, catalogue.overrides).target;
      return {
        indicator: toIndicator(def),
        figure,
        effective: effective.get(def.code) ?? null,
        target: toTargetValue(target, def.unit),
        judgement: judge(target, figure?.value),
      };
    });
  const latestRows = [...latest.values()];
  return {
    estateId: estate.id,
    estateName: estate.name,
    month,
    state: formStateOf(latestRows),
    rejectReason: latestRows.find((f) => f.state === 'REJECTED')?.rejectReason ?? null,
    items,
  };
}

/** The form as it stands after a change, read in the same transaction. */
async function formNow(tx: Tx, companyId: string, estate: EstateRow, month: string): Promise<MonthlyForm> {
  const catalogue = await loadCatalogue(tx, companyId);
  return buildForm(estate, month, catalogue, await store.revisionsOfMonth(tx, companyId, estate.id, month));
}

export function monthlyForm(ctx: Context, estateId: string, month: string): Promise<MonthlyForm> {
  assertMonth(month, ['month'], {});
  return tenantRead(ctx, async (tx, caller) => {
    const estate = await estateFor(tx, caller, estateId, 'read');
    return formNow(tx, caller.companyId, estate, month);
  });
}

export function figureHistory(
  ctx: Context,
  estateId: string,
  code: string,
  month: string,
): Promise<MonthlyFigureRow[]> {
  assertMonth(month, ['month'], {});
  return tenantRead(ctx, async (tx, caller) => {
    await estateFor(tx, caller, estateId, 'read');
    return store.revisionsOfFigure(tx, caller.companyId, estateId, code, month);
  });
}

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
  const n = f.numerator;
  const d = f.denominator;
  if (!Number.isFinite(n))
    problems.push({ path: [...path, 'numerator'], reason: 'INVALID', message: '请填写数字' });
  else if (n < 0) problems.push({ path: [...path, 'numerator'], reason: 'NEGATIVE', message: '不能为负数' });
  else if (def.unit !== 'PERCENT' && !Number.isInteger(n)) {
    problems.push({ path: [...path, 'numerator'], reason: 'NOT_INTEGER', message: '次数必须是整数' });
  }
  if (def.unit === 'PERCENT') {
    if (d == null)
      problems.push({
        path: [...path, 'denominator'],
        reason: 'REQUIRED',
        message: `请填写${def.denominatorLabel ?? '分母'}`,
      });
    else if (!Number.isFinite(d))
      problems.push({ path: [...path, 'denominator'], reason: 'INVALID', message: '请填写数字' });
    else if (d < 0)
      problems.push({ path: [...path, 'denominator'], reason: 'NEGATIVE', message: '不能为负数' });
    else if (Number.isFinite(n) && n > d) {
      problems.push({
        path: [...path, 'numerator'],
        reason: 'EXCEEDS_DENOMINATOR',
        message: `${def.numeratorLabel}不能大于${def.denominatorLabel}`,
      });
    }
  } else if (d != null) {
    problems.push({ path: [...path, 'denominator'], reason: 'NOT_ALLOWED', message: '计数指标没有分母' });
  }
  if (f.note && f.note.length > 500)
    problems.push({ path: [...path, 'note'], reason: 'TOO_LONG', message: '说明不能超过 500 字' });
  return problems;
}

/**
 * Writes drafts for one estate and month (the monthly form, an import row, or a recompute).
 * A draft or rejected figure is rewritten; a submitted one waits for HQ; an approved one is
 * locked and only a correction (a new revision) may change it.
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
  }[],
): Promise<void> {
  const { latest } = byIndicator(await store.revisionsOfMonth(tx, caller.companyId, estateId, month));
  const problems: FieldProblem[] = [];
  for (const f of figures) {
    const current = latest.get(f.def.code);
    if (current?.state === 'SUBMITTED')
      problems.push({ path: f.path, reason: 'SUBMITTED', message: `${f.def.nameZh}已提交，等待总部审核` });
    if (current?.state === 'APPROVED' && f.source === 'REPORTED') {
      problems.push({ path: f.path, reason: 'LOCKED', message: `${f.def.nameZh}已审核锁定，请通过更正修改` });
    }
  }
  if (problems.length) badLocked(problems);
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
}

/** A locked or pending figure is a CONFLICT, with the paths of every affected line. */
function badLocked(problems: FieldProblem[]): never {
  throw appError('CONFLICT', problems[0]!.message, { reason: problems[0]!.reason, fields: problems });
}

export async function saveMonthlyFigures(ctx: Context, input: SaveMonthlyFiguresInput): Promise<MonthlyForm> {
  assertMonth(input.month, ['month'], { notFuture: true });
  if (input.figures.length === 0)
    throw badInput([{ path: ['figures'], reason: 'REQUIRED', message: '没有要保存的数据' }]);
  const codes = input.figures.map((f) => f.indicatorCode);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup)
    throw badInput([
      {
        path: ['figures', codes.lastIndexOf(dup), 'indicatorCode'],
        reason: 'DUPLICATE',
        message: '同一指标重复填写',
      },
    ]);
  const form = await tenantWrite(
    ctx,
    async ({ tx, caller, changeLog }) => {
      const estate = await estateFor(tx, caller, input.estateId, 'update');
      if (estate.archivedAt)
        throw badInput([{ path: ['estateId'], reason: 'ARCHIVED', message: '小区已归档' }]);
      const catalogue = await loadCatalogue(tx, caller.companyId);
      const problems = input.figures.flatMap((f, i) =>
        figureProblems(catalogue.byCode.get(f.indicatorCode), f, ['figures', i]),
      );
      assertValid(problems);
      await onceWithKey(
        tx,
        { companyId: caller.companyId, userId: caller.userId, operation: 'saveMonthlyFigures' },
        input.idempotencyKey,
        async () => {
          await writeDrafts(
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
            })),
          );
          await changeLog('figures.save', 'MonthlyFigure', estate.id, null, {
            month: input.month,
            figures: input.figures,
          });
          return true;
        },
      );
      return buildForm(
        estate,
        input.month,
        catalogue,
        await store.revisionsOfMonth(tx, caller.companyId, estate.id, input.month),
      );
    },
    { changesCachedData: true },
  );
  publishFigures(ctx, form);
  return form;
}

export async function submitMonthlyFigures(
  ctx: Context,
  estateId: string,
  month: string,
): Promise<MonthlyForm> {
  assertMonth(month, ['month'], { notFuture: true });
  const form = await tenantWrite(
    ctx,
    async ({ tx, caller, changeLog }) => {
      const estate = await estateFor(tx, caller, estateId, 'submit');
      const { latest } = byIndicator(await store.revisionsOfMonth(tx, caller.companyId, estateId, month));
      const drafts = [...latest.values()].filter((f) => f.state === 'DRAFT' || f.state === 'REJECTED');
      if (drafts.length === 0) throw conflict('没有可提交的草稿', 'NOTHING_TO_SUBMIT');
      await store.setStates(
        tx,
        caller.companyId,
        drafts.map((f) => f.id),
        { state: 'SUBMITTED', submittedBy: caller.userId, submittedAt: new Date(), rejectReason: null },
      );
      await changeLog('figures.submit', 'MonthlyFigure', estateId, null, {
        month,
        indicators: drafts.map((f) => f.indicatorCode),
      });
      return formNow(tx, caller.companyId, estate, month);
    },
    { changesCachedData: true },
  );
  publishFigures(ctx, form);
  return form;
}

export async function approveMonthlyFigures(
  ctx: Context,
  estateId: string,
  month: string,
): Promise<MonthlyForm> {
  assertMonth(month, ['month'], {});
  const { form, alerts } = await tenantWrite(
    ctx,
    async ({ tx, caller, changeLog }) => {
      const estate = await estateFor(tx, caller, estateId, 'approve');
      const submitted = await store.submittedOf(tx, caller.companyId, estateId, month);
      if (submitted.length === 0) throw conflict('没有待审核的数据', 'NOTHING_TO_APPROVE');
      await store.retireEffective(
        tx,
        caller.companyId,
        estateId,
        month,
        submitted.map((f) => f.indicatorCode),
      );
      await store.setStates(
        tx,
        caller.companyId,
        submitted.map((f) => f.id),
        { state: 'APPROVED', effective: true, decidedBy: caller.userId, decidedAt: new Date() },
      );
      await changeLog('figures.approve', 'MonthlyFigure', estateId, null, {
        month,
        indicators: submitted.map((f) => f.indicatorCode),
      });
      const catalogue = await loadCatalogue(tx, caller.companyId);
      const form = buildForm(
        estate,
        month,
        catalogue,
        await store.revisionsOfMonth(tx, caller.companyId, estateId, month),
      );
      const approvedCodes = new Set(submitted.map((f) => f.indicatorCode));
      const alerts = form.items.filter(
        (i) => approvedCodes.has(i.indicator.code) && i.judgement === 'MISSED',
      );
      return { form, alerts };
    },
    { changesCachedData: true },
  );
  publishFigures(ctx, form);
  for (const a of alerts) {
    ctx.services.pubsub.publish('INDICATOR_ALERT', requireCompany(ctx), {
      estateId: form.estateId,
      estateName: form.estateName,
      indicatorCode: a.indicator.code,
      indicatorName: a.indicator.nameZh,
      month,
      value: a.figure?.value ?? null,
      target: a.target!,
    });
  }
  return form;
}

export async function rejectMonthlyFigures(
  ctx: Context,
  input: RejectMonthlyFiguresInput,
): Promise<MonthlyForm> {
  assertMonth(input.month, ['month'], {});
  const reason = input.reason.trim();
  if (!reason) throw badInput([{ path: ['reason'], reason: 'REQUIRED', message: '请填写退回原因' }]);
  if (reason.length > 500)
    throw badInput([{ path: ['reason'], reason: 'TOO_LONG', message: '原因不能超过 500 字' }]);
  const form = await tenantWrite(
    ctx,
    async ({ tx, caller, changeLog }) => {
      const estate = await estateFor(tx, caller, input.estateId, 'approve');
      const submitted = await store.submittedOf(tx, caller.companyId, input.estateId, input.month);
      if (submitted.length === 0) throw conflict('没有待审核的数据', 'NOTHING_TO_APPROVE');
      await store.setStates(
        tx,
        caller.companyId,
        submitted.map((f) => f.id),
        { state: 'REJECTED', rejectReason: reason, decidedBy: caller.userId, decidedAt: new Date() },
      );
      await changeLog('figures.reject', 'MonthlyFigure', input.estateId, null, {
        month: input.month,
        reason,
      });
      return formNow(tx, caller.companyId, estate, input.month);
    },
    { changesCachedData: true },
  );
  publishFigures(ctx, form);
  return form;
}

export async function correctMonthlyFigure(
  ctx: Context,
  input: CorrectMonthlyFigureInput,
): Promise<MonthlyForm> {
  assertMonth(input.month, ['month'], { notFuture: true });
  const reason = input.reason.trim();
  if (!reason) throw badInput([{ path: ['reason'], reason: 'REQUIRED', message: '更正必须说明原因' }]);
  const form = await tenantWrite(
    ctx,
    async ({ tx, caller, changeLog }) => {
      const estate = await estateFor(tx, caller, input.estateId, 'update');
      const catalogue = await loadCatalogue(tx, caller.companyId);
      const def = catalogue.byCode.get(input.indicatorCode);
      assertValid(figureProblems(def, input, []));
      const [current] = await store.revisionsOfFigure(
        tx,
        caller.companyId,
        input.estateId,
        input.indicatorCode,
        input.month,
      );
      if (current?.state !== 'APPROVED')
        throw conflict('只有已审核的数据需要更正，草稿可直接修改', 'NOT_APPROVED');
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
    },
    { changesCachedData: true },
  );
  publishFigures(ctx, form);
  return form;
}

export function approvalQueue(
  ctx: Context,
  args: { first?: number | null; after?: string | null; regionId?: string | null },
): Promise<Page<ApprovalItem>> {
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | undefined;
  return tenantRead(ctx, async (tx, caller) => {
    if (!caller.ability.can('approve', 'MonthlyFigure')) throw forbidden();
    // Estates whose figures the caller may approve, optionally in one region.
    const access = accessibleWhere(caller.ability, 'read', 'Estate', estateColumns);
    const visible = await tx
      .select({ id: estates.id })
      .from(estates)
      .where(
        and(
          eq(estates.companyId, caller.companyId),
          access,
          args.regionId
            ? isUuid(args.regionId)
              ? eq(estates.regionId, args.regionId)
              : sql`false`
            : undefined,
        ),
      );
    const ids = visible
      .filter((e) =>
        caller.ability.can(
          'approve',
          subject('MonthlyFigure', { companyId: caller.companyId, estateId: e.id }),
        ),
      )
      .map((e) => e.id);
    const { rows, total } = await store.approvalQueue(tx, caller.companyId, ids, limit, after);
    const catalogue = await loadCatalogue(tx, caller.companyId);
    const submitters = [...new Set(rows.flatMap((r) => (r.submitted_by ? [r.submitted_by] : [])))];
    const names = submitters.length
      ? new Map(
          (
            await tx
              .select({ id: users.id, name: users.name })
              .from(users)
              .where(inArray(users.id, submitters))
          ).map((u) => [u.id, u.name]),
        )
      : new Map<string, string>();
    const waiting = await store.submittedIn(
      tx,
      caller.companyId,
      [...new Set(rows.map((r) => r.estate_id))],
      [...new Set(rows.map((r) => r.month))],
    );
    const items: ApprovalItem[] = rows.map((r) => {
      const missedCount = waiting.filter((f) => {
        if (f.estateId !== r.estate_id || f.month !== r.month) return false;
        const def = catalogue.byCode.get(f.indicatorCode);
        return (
          def &&
          judge(
            targetInForce(def, r.estate_id, r.month, catalogue.presets, catalogue.overrides).target,
            f.value,
          ) === 'MISSED'
        );
      }).length;
      return {
        estateId: r.estate_id,
        estateName: r.estate_name,
        month: r.month,
        figureCount: r.figure_count,
        missedCount,
        submittedAt: new Date(Number(r.submitted_ms)),
        submittedByName: r.submitted_by ? (names.get(r.submitted_by) ?? null) : null,
      };
    });
    return toPage(items, limit, (i) => [i.month, i.estateId], total);
  });
}

/**
 * For operational modules: recompute the computed figures of an estate and month inside the
 * transaction that changed their source rows (never a nightly rebuild).
 */
export async function recomputeFigures(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
  codes: readonly string[],
): Promise<void> {
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

function requireCompany(ctx: Context): string {
  return ctx.auth!.session.companyId!;
}

function publishFigures(ctx: Context, form: MonthlyForm) {
  ctx.services.pubsub.publish('FIGURES_CHANGED', requireCompany(ctx), {
    estateId: form.estateId,
    month: form.month,
    state: form.state,
  });
}
