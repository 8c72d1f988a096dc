/**
 * 安居物业's complaints and satisfaction surveys for the demo (issue 11 item 7): 24 months of
 * complaints and the semi-annual surveys (June and December) with their answers, generated from
 * the figures `demo-figures.ts` already tells (figureOf) so that the computed indicators
 * (complaint_valid_rate, complaint_handled, satisfaction) recompute to exactly the seeded figures:
 * the same estates miss the same targets. Deterministic (seeded generator; household codes are
 * random, as real ones are, and count nothing). Multi-row inserts.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  DEFAULT_SURVEY_QUESTIONS,
  householdCodeFrom,
  type SurveyArea,
} from '@anju/domain';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { complaints } from '../modules/complaints/index.js';
import { householdCodes, surveyResponses, surveys } from '../modules/surveys/index.js';
import { departments } from '../modules/team/index.js';
import { demoFigureSeries, type FigureEstate, seeded } from './demo-figures.js';

export interface DemoCareInput {
  companyId: string;
  estates: FigureEstate[];
  /** Who receives an estate's complaints (its front desk), by estate code; else `fallbackId`. */
  receivers: Map<string, string>;
  fallbackId: string;
  now: Date;
}

const CHUNK = 500;
const HOUR = 3_600_000;

const DESCRIPTIONS: Record<(typeof COMPLAINT_CATEGORIES)[number], string[]> = {
  CUSTOMER_SERVICE: ['前台电话长时间无人接听', '报修后无人回复进度', '物业通知张贴不及时'],
  SECURITY: ['夜间外来车辆随意进出', '地库车辆乱停占用消防通道', '门岗未登记外来人员'],
  CLEANING: ['楼道垃圾未及时清运', '电梯轿厢卫生差', '雨后地库积水未清理'],
  ENGINEERING: ['电梯频繁故障停运', '楼道照明损坏多日未修', '二次供水水压不足'],
  LANDSCAPING: ['绿化带杂草丛生', '修剪树木后枝叶未清走', '草坪喷灌时间影响出行'],
  MANAGEMENT: ['公共收益公示不清', '装修管理规定执行不一', '停车费调整未提前告知'],
};
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];

async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** A moment of `month` (Asia/Shanghai, office hours), on day 1–28. */
function momentIn(month: string, r: () => number): Date {
  const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
  const hour = String(8 + Math.floor(r() * 11)).padStart(2, '0');
  const minute = String(Math.floor(r() * 60)).padStart(2, '0');
  return new Date(`${month}-${day}T${hour}:${minute}:00+08:00`);
}

export async function seedDemoCare(
  tx: Tx,
  input: DemoCareInput,
): Promise<{ complaints: number; surveys: number; answers: number }> {
  const { companyId, now } = input;
  const departmentRows = await tx
    .select({ id: departments.id, estateId: departments.estateId, code: departments.code })
    .from(departments)
    .where(and(eq(departments.companyId, companyId), isNotNull(departments.estateId)));
  const departmentOf = (estateId: string, code: string) =>
    departmentRows.find((d) => d.estateId === estateId && d.code === code)?.id ?? null;

  const complaintRows: (typeof complaints.$inferInsert)[] = [];
  const surveyRows: (typeof surveys.$inferInsert & { id: string })[] = [];
  const codeRows: (typeof householdCodes.$inferInsert & { id: string })[] = [];
  const answerRows: (typeof surveyResponses.$inferInsert)[] = [];

  for (const e of input.estates) {
    const receiver = input.receivers.get(e.code) ?? input.fallbackId;
    const valid = demoFigureSeries(e, 'complaint_valid_rate', now);
    const handled = new Map(demoFigureSeries(e, 'complaint_handled', now).map((h) => [h.month, h.counts]));
    let number = 0;
    for (const { month, counts } of valid) {
      const h = handled.get(month) ?? null;
      // Valid complaints of the month (offices have no per-household rate, but still complaints).
      const validCount = h?.denominator ?? counts?.numerator ?? 0;
      const handledCount = h?.numerator ?? 0;
      const r = seeded(`${e.code}|complaints|${month}`);
      // Besides the valid ones, about one in four turn out not to be the estate's doing (无效).
      const invalidCount = Math.floor(validCount / 4 + r());
      const total = validCount + invalidCount;
      const moments = Array.from({ length: total }, () => momentIn(month, r)).sort(
        (a, b) => a.getTime() - b.getTime(),
      );
      for (let i = 0; i < total; i++) {
        const receivedAt = moments[i]!;
        const isValid = i < validCount;
        // The first `handledCount` valid ones were resolved; invalid ones are answered and closed.
        const resolved = isValid ? i < handledCount : true;
        const category = COMPLAINT_CATEGORIES[Math.floor(r() * (COMPLAINT_CATEGORIES.length - 1))]!;
        const texts = DESCRIPTIONS[category];
        const postponed = !resolved || r() < 0.15;
        const promised = new Date(receivedAt.getTime() + 48 * HOUR);
        const newPromise = new Date(receivedAt.getTime() + 120 * HOUR);
        const ruledAt = new Date(receivedAt.getTime() + 2 * HOUR);
        const resolvedAt = new Date(receivedAt.getTime() + (postponed ? 96 : 30) * HOUR);
        number++;
        complaintRows.push({
          companyId,
          estateId: e.id,
          number,
          category,
          departmentId: departmentOf(e.id, category),
          channel: COMPLAINT_CHANNELS[Math.floor(r() * COMPLAINT_CHANNELS.length)]!,
          severity: isValid && r() < 0.05 ? 'MAJOR' : 'NORMAL',
          location: `${1 + Math.floor(r() * Math.max(1, e.buildings))}栋`,
          description: texts[Math.floor(r() * texts.length)]!,
          complainantName: `${SURNAMES[Math.floor(r() * SURNAMES.length)]}${r() < 0.5 ? '先生' : '女士'}`,
          complainantPhone: `139${String(Math.floor(r() * 1e8)).padStart(8, '0')}`,
          receiverUserId: receiver,
          receivedAt,
          originalFeedbackAt: promised,
          promisedFeedbackAt: postponed ? newPromise : promised,
          postponedAt: postponed ? new Date(receivedAt.getTime() + 40 * HOUR) : null,
          postponedBy: postponed ? receiver : null,
          postponeReason: postponed ? '需协调施工单位/相关部门，延期答复' : null,
          valid: isValid,
          validityReason: isValid ? '经核实属物业服务责任' : '经核实非物业服务责任（市政/业主个人原因）',
          ruledAt,
          ruledBy: receiver,
          status: resolved ? 'RESOLVED' : 'OPEN',
          resolvedAt: resolved ? resolvedAt : null,
          resolvedBy: resolved ? receiver : null,
          resolution: resolved ? (isValid ? '已整改并向业主反馈' : '已向业主解释说明') : null,
          callbackNote: resolved ? '电话回访' : null,
          satisfaction: resolved ? (r() < 0.85 ? 'SATISFIED' : 'BASICALLY_SATISFIED') : null,
          version: resolved ? 3 + (postponed ? 1 : 0) : 2 + (postponed ? 1 : 0),
          createdBy: receiver,
          createdAt: receivedAt,
          updatedAt: resolved ? resolvedAt : ruledAt,
        });
      }
    }

    // The semi-annual surveys: answers and satisfied answers exactly as the figures say.
    const series = demoFigureSeries(e, 'satisfaction', now).filter((s) => s.counts);
    const needed = Math.max(0, ...series.map((s) => s.counts!.denominator ?? 0));
    const codes: string[] = [];
    const seen = new Set<string>();
    const bytes = randomBytes(needed * 12 + 64);
    let b = 0;
    const next = () => (b < bytes.length ? bytes[b++]! : randomBytes(1)[0]!);
    while (codes.length < needed) {
      const code = householdCodeFrom(next);
      if (seen.has(code)) continue;
      seen.add(code);
      const id = randomUUID();
      codes.push(id);
      codeRows.push({
        id,
        companyId,
        estateId: e.id,
        code,
        note: `${1 + (codes.length % Math.max(1, e.buildings))}栋`,
        createdBy: input.fallbackId,
        createdAt: new Date(`${series[0]?.month ?? '2000-01'}-01T09:00:00+08:00`),
      });
    }
    const weakArea: SurveyArea = (['SECURITY', 'CLEANING', 'ENGINEERING', 'LANDSCAPING'] as const)[
      Math.floor(seeded(`${e.code}|weak-area`)() * 4)
    ]!;
    for (const { month, counts } of series) {
      const answers = counts!.denominator ?? 0;
      const satisfied = counts!.numerator;
      const id = randomUUID();
      const half = Number(month.slice(5)) <= 6 ? '上' : '下';
      const opened = new Date(`${month}-01T09:00:00+08:00`);
      surveyRows.push({
        id,
        companyId,
        estateId: e.id,
        title: `${month.slice(0, 4)}年${half}半年业主满意度调查`,
        opensOn: `${month}-01`,
        closesOn: `${month}-25`,
        questions: [...DEFAULT_SURVEY_QUESTIONS],
        publicToken: randomBytes(24).toString('base64url'),
        createdBy: input.fallbackId,
        createdAt: opened,
        updatedAt: opened,
      });
      const r = seeded(`${e.code}|survey|${month}`);
      for (let i = 0; i < answers; i++) {
        const ok = i < satisfied;
        const ratings: Record<string, number> = {};
        for (const q of DEFAULT_SURVEY_QUESTIONS) {
          // Satisfied households rate 4–5, their estate's weak area sometimes 2 (the mean stays 基本满意
          // or better); the others 1–2, now and then a 3 outside the weak area (the mean stays below).
          const weak = q.area === weakArea;
          ratings[q.key] = ok
            ? weak && r() < 0.3
              ? 2
              : 4 + Math.floor(r() * 2)
            : !weak && r() < 0.3
              ? 3
              : 1 + Math.floor(r() * 2);
        }
        answerRows.push({
          companyId,
          surveyId: id,
          estateId: e.id,
          householdCodeId: codes[i]!,
          ratings,
          satisfied: ok,
          comment: null,
          submittedAt: new Date(opened.getTime() + Math.floor(r() * 20 * 24) * HOUR),
        });
      }
    }
  }
  await insertAll(complaintRows, (c) => tx.insert(complaints).values(c));
  await insertAll(surveyRows, (c) => tx.insert(surveys).values(c));
  await insertAll(codeRows, (c) => tx.insert(householdCodes).values(c));
  await insertAll(answerRows, (c) => tx.insert(surveyResponses).values(c));
  return { complaints: complaintRows.length, surveys: surveyRows.length, answers: answerRows.length };
}
