import 'reflect-metadata';
/**
 * Conducting audits: each item saves as answered (the first save starts a planned audit), a retry
 * with the same client key answers the same and writes nothing twice, two auditors never overwrite
 * each other (CONFLICT with the current answer), answers and photos are validated, only those who
 * conduct the audit answer, and submitting scores it and raises findings and rectifications.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUDIT,
  clientKey,
  ok,
  PLAN,
  photoOf,
  publishedTemplate,
  SAVE,
  SUBMIT,
  spotCheckInput,
} from '../../../test/audits-kit.js';
import { downloadFile } from '../../../test/files.js';
import {
  codeOf,
  startTestKit,
  TEST_NOW,
  type TestCompany,
  type TestKit,
  type TestUser,
} from '../../../test/kit.js';
import { withTenant } from '../../db/tenant.js';
import { type AnswerToSave, saveAnswer } from './audits.answers.store.js';

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;
let auditor: TestUser;
let second: TestUser;
let bystander: TestUser;
let manager: TestUser;
let staff: TestUser;
let versionId: string;

/** Statements sent while set (the session check, answered from the session cache, sends none). */
let recording: string[] | undefined;

beforeAll(async () => {
  kit = await startTestKit({ onQuery: (text) => void recording?.push(text) });
  co = await kit.company();
  [admin, auditor, second, bystander, manager, staff] = await Promise.all([
    co.user('COMPANY_ADMIN'),
    co.user('QUALITY_AUDITOR'),
    co.user('QUALITY_AUDITOR'),
    co.user('QUALITY_AUDITOR'),
    co.user('ESTATE_MANAGER'),
    co.user('ESTATE_STAFF'),
  ]);
  ({ versionId } = await publishedTemplate(kit, co.id));
});
afterAll(() => kit?.close());

/** A quarterly audit of estates[0] planned an hour ago by the admin, conducted by both auditors. */
async function newAudit(kind = 'QUARTERLY', hoursAhead = -1): Promise<string> {
  const input = spotCheckInput(
    co.estates[0]!.id,
    versionId,
    [auditor.id, second.id],
    TEST_NOW,
    kind,
    hoursAhead,
  );
  const data = await ok<{ planAudit: { id: string } }>(kit, admin.token, PLAN, { input });
  return data.planAudit.id;
}

const save = (token: string, input: Record<string, unknown>) =>
  kit.gql<{ saveAuditItem: { version: number; kind: string; score: number | null; answeredAt: string } }>(
    token,
    SAVE,
    { input: { photoFileIds: [], ...input } },
  );

const countRows = async (table: string, auditId: string) =>
  Number(
    (
      await kit.database.raw<{ n: number }>(`select count(*)::int as n from ${table} where audit_id = $1`, [
        auditId,
      ])
    )[0]!.n,
  );
const countKeys = async (userId: string) =>
  Number(
    (
      await kit.database.raw<{ n: number }>(
        'select count(*)::int as n from idempotency_keys where user_id = $1',
        [userId],
      )
    )[0]!.n,
  );
const changeRows = async (auditId: string, action: string) =>
  Number(
    (
      await kit.database.raw<{ n: number }>(
        'select count(*)::int as n from change_log where subject_id = $1 and action = $2',
        [auditId, action],
      )
    )[0]!.n,
  );

describe('saveAuditItem', () => {
  it('starts a planned audit on the first save and stores the answer at version 1', async () => {
    const id = await newAudit('QUARTERLY', 48);
    const res = await save(auditor.token, {
      auditId: id,
      itemKey: 'cs-1',
      clientKey: clientKey(),
      expectedVersion: 0,
      kind: 'SCORE',
      score: 4.5,
      note: '前台有人，但未主动问候',
    });
    expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
    expect(res.data!.saveAuditItem).toMatchObject({ kind: 'SCORE', score: 4.5, version: 1 });
    const audit = await ok<{ audit: { status: string; startedAt: string; answers: unknown[] } }>(
      kit,
      auditor.token,
      AUDIT,
      { id },
    );
    expect(audit.audit.status).toBe('IN_PROGRESS');
    expect(audit.audit.startedAt).toBe(TEST_NOW.toISOString());
    expect(audit.audit.answers).toEqual([
      { itemKey: 'cs-1', kind: 'SCORE', score: 4.5, version: 1, photos: [] },
    ]);
  });

  it('answers a retry with the same client key with the same answer and writes nothing twice', async () => {
    const id = await newAudit();
    const input = { auditId: id, itemKey: 'cl-1', clientKey: clientKey(), expectedVersion: 0, kind: 'FAIL' };
    const first = await save(auditor.token, input);
    expect(codeOf(first)).toBe('OK');
    const logged = await changeRows(id, 'audit.item.save');
    // The device lost the answer and retries: expectedVersion 0 again, same key.
    kit.setNow(new Date(TEST_NOW.getTime() + 60_000));
    const retry = await save(auditor.token, input);
    kit.setNow(TEST_NOW);
    expect(codeOf(retry), JSON.stringify(retry.errors)).toBe('OK');
    expect(retry.data).toEqual(first.data);
    expect(await countRows('audit_answers', id)).toBe(1);
    expect(await changeRows(id, 'audit.item.save')).toBe(logged);
    // The same key with another answer is a client bug, never the first result.
    const reused = await save(auditor.token, { ...input, kind: 'PASS' });
    expect(codeOf(reused)).toBe('CONFLICT');
    expect((reused.errors![0]!.extensions as { reason?: string }).reason).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('answers concurrent retries of one save alike and writes it once', async () => {
    const id = await newAudit();
    const input = { auditId: id, itemKey: 'cl-1', clientKey: clientKey(), expectedVersion: 0, kind: 'PASS' };
    // The second waits for the audit's lock; the key the first stored is found then (by the lock's
    // read, or by the write's, depending on when the first committed).
    const tries = await Promise.all([1, 2, 3].map(() => save(auditor.token, input)));
    expect(tries.map(codeOf)).toEqual(['OK', 'OK', 'OK']);
    expect(tries[1]!.data).toEqual(tries[0]!.data);
    expect(tries[2]!.data).toEqual(tries[0]!.data);
    expect(await countRows('audit_answers', id)).toBe(1);
    expect(await changeRows(id, 'audit.item.save')).toBe(1);
    // One key on two audits at once (a client bug): one is saved, the other refused, never both.
    const other = await newAudit();
    const key = clientKey();
    const both = await Promise.all(
      [id, other].map((auditId) =>
        save(auditor.token, { auditId, itemKey: 'cl-2', clientKey: key, expectedVersion: 0, kind: 'FAIL' }),
      ),
    );
    expect(both.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    const refused = both.find((r) => codeOf(r) === 'CONFLICT')!;
    expect((refused.errors![0]!.extensions as { reason?: string }).reason).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await countRows('audit_answers', id)) + (await countRows('audit_answers', other))).toBe(2);
  });

  it('refuses a save whose key another transaction stored while it waited, and writes nothing', async (test) => {
    // Two transactions at once need a server: PGlite runs one at a time.
    if (kit.database.kind !== 'postgres') test.skip();
    const id = await newAudit();
    const key = clientKey();
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let stored!: () => void;
    const keyStored = new Promise<void>((resolve) => {
      stored = resolve;
    });
    // Another request of the same user holds the key, not yet committed.
    const holder = withTenant(kit.database, co.id, async (tx) => {
      await tx.execute(
        sql`insert into idempotency_keys (company_id, user_id, key, operation, payload_hash, result)
          values (${co.id}, ${auditor.id}, ${key}, 'saveAuditItem', ${'0'.repeat(64)}, '{}'::jsonb)`,
      );
      stored();
      await released;
    });
    await keyStored;
    const saving = save(auditor.token, {
      auditId: id,
      itemKey: 'cl-1',
      clientKey: key,
      expectedVersion: 0,
      kind: 'PASS',
    });
    // The save's write waits for the key's row; then the holder commits.
    for (;;) {
      const [waiting] = await kit.database.raw<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and query like 'with%prior as%'`,
      );
      if (waiting!.n > 0) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    release();
    await holder;
    const refused = await saving;
    expect(codeOf(refused)).toBe('CONFLICT');
    expect((refused.errors![0]!.extensions as { reason?: string }).reason).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countRows('audit_answers', id)).toBe(0);
    expect(await changeRows(id, 'audit.item.save')).toBe(0);
  });

  it('writes nothing when the database finds the version moved on or the key used', async () => {
    const id = await newAudit();
    const first = await save(auditor.token, {
      auditId: id,
      itemKey: 'cl-1',
      clientKey: clientKey(),
      expectedVersion: 0,
      kind: 'PASS',
    });
    expect(codeOf(first)).toBe('OK');
    const usedKey = clientKey();
    expect(
      codeOf(
        await save(auditor.token, {
          auditId: id,
          itemKey: 'cl-2',
          clientKey: usedKey,
          expectedVersion: 0,
          kind: 'PASS',
        }),
      ),
    ).toBe('OK');
    const logged = await changeRows(id, 'audit.item.save');
    const write = (replaces: AnswerToSave['replaces'], key: string) =>
      withTenant(kit.database, co.id, (tx) =>
        saveAnswer(tx, {
          companyId: co.id,
          auditId: id,
          itemKey: 'cl-1',
          kind: 'FAIL',
          score: null,
          note: '写入时版本已变',
          photoFileIds: [],
          userId: auditor.id,
          answeredAt: TEST_NOW,
          clientKey: key,
          operation: 'saveAuditItem',
          payloadHash: 'x'.repeat(64),
          requestId: null,
          replaces,
        }),
      );
    // Version 1 is current: a write expecting 0, or a first answer, is refused by the statement.
    expect(await write({ version: 0 }, clientKey())).toEqual({ saved: false, prior: undefined });
    expect(await write({ newId: randomUUID() }, clientKey())).toEqual({ saved: false, prior: undefined });
    // A key used meanwhile: nothing written, and its earlier use comes back.
    const reused = await write({ version: 1 }, usedKey);
    expect(reused.saved).toBe(false);
    expect(reused.prior).toMatchObject({
      operation: 'saveAuditItem',
      result: { itemKey: 'cl-2', version: 1 },
    });
    const [answer] = await kit.database.raw<{ kind: string; version: number }>(
      `select kind, version from audit_answers where audit_id = $1 and item_key = 'cl-1'`,
      [id],
    );
    expect(answer).toEqual({ kind: 'PASS', version: 1 });
    expect(await changeRows(id, 'audit.item.save')).toBe(logged);
    expect(await countKeys(auditor.id)).toBeGreaterThan(0);
  });

  it('answers CONFLICT with the current answer when another auditor saved the item first', async () => {
    const id = await newAudit();
    const base = { auditId: id, itemKey: 'cl-2', expectedVersion: 0 };
    const mine = await save(auditor.token, { ...base, clientKey: clientKey(), kind: 'PASS' });
    expect(codeOf(mine)).toBe('OK');
    const theirs = await save(second.token, {
      ...base,
      clientKey: clientKey(),
      kind: 'FAIL',
      note: '垃圾满溢',
    });
    expect(codeOf(theirs)).toBe('CONFLICT');
    const ext = theirs.errors![0]!.extensions as { reason: string; current: Record<string, unknown> };
    expect(ext.reason).toBe('STALE_VERSION');
    expect(ext.current).toMatchObject({ itemKey: 'cl-2', kind: 'PASS', version: 1, answeredBy: auditor.id });
    // With the version it now knows, the second auditor's change goes through.
    const again = await save(second.token, {
      ...base,
      expectedVersion: 1,
      clientKey: clientKey(),
      kind: 'FAIL',
    });
    expect(codeOf(again), JSON.stringify(again.errors)).toBe('OK');
    expect(again.data!.saveAuditItem).toMatchObject({ kind: 'FAIL', version: 2 });
    // Concurrent first saves of one item: exactly one wins, the other gets CONFLICT.
    const race = await Promise.all(
      [auditor, second].map((u) =>
        save(u.token, {
          auditId: id,
          itemKey: 'cs-2',
          expectedVersion: 0,
          clientKey: clientKey(),
          kind: 'PASS',
        }),
      ),
    );
    expect(race.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await countRows('audit_answers', id)).toBe(2);
  });

  it('validates the answer: half steps within 0..max, score only for SCORE, clean text', async () => {
    const id = await newAudit();
    const cases: [Record<string, unknown>, string, (string | number)[]][] = [
      [{ kind: 'SCORE', score: 6 }, 'OUT_OF_RANGE', ['input', 'score']],
      [{ kind: 'SCORE', score: 2.3 }, 'INVALID', ['input', 'score']],
      [{ kind: 'SCORE' }, 'REQUIRED', ['input', 'score']],
      [{ kind: 'PASS', score: 5 }, 'NOT_ALLOWED', ['input', 'score']],
      // Caught by the schema-wide string guard before the service, under the field's own path.
      [{ kind: 'PASS', note: 'bad\u0000note' }, 'CONTROL_CHARACTERS', ['note']],
      [{ kind: 'PASS', note: 'x'.repeat(2001) }, 'TOO_LONG', ['note']],
      [{ kind: 'PASS', itemKey: 'nope' }, 'NOT_FOUND', ['input', 'itemKey']],
    ];
    for (const [input, reason, path] of cases) {
      const res = await save(auditor.token, {
        auditId: id,
        itemKey: 'cs-1',
        clientKey: clientKey(),
        expectedVersion: 0,
        ...input,
      });
      expect(codeOf(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!.fields![0]).toMatchObject({ reason, path });
    }
    expect(await countRows('audit_answers', id)).toBe(0);
  });

  it('attaches the caller’s own photos only; whoever reads the audit may download them', async () => {
    const id = await newAudit();
    const mine = await photoOf(kit, auditor.token);
    const theirs = await photoOf(kit, second.token);
    const refused = await save(auditor.token, {
      auditId: id,
      itemKey: 'cs-1',
      clientKey: clientKey(),
      expectedVersion: 0,
      kind: 'FAIL',
      photoFileIds: [theirs],
    });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.fields![0]).toMatchObject({ path: ['input', 'photoFileIds', 0] });
    const res = await kit.gql<{ saveAuditItem: { photos: { id: string; contentType: string }[] } }>(
      auditor.token,
      SAVE,
      {
        input: {
          auditId: id,
          itemKey: 'cs-1',
          clientKey: clientKey(),
          expectedVersion: 0,
          kind: 'FAIL',
          photoFileIds: [mine],
        },
      },
    );
    expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
    expect(res.data!.saveAuditItem.photos).toEqual([{ id: mine, contentType: 'image/png' }]);
    // The estate manager reads the quarterly audit, so its photos too; the staff do not (yet).
    expect((await downloadFile(kit, manager.token, mine)).status).toBe(200);
    expect((await downloadFile(kit, staff.token, mine)).status).toBe(404);
  });

  it('lets only those who conduct the audit answer', async () => {
    const id = await newAudit();
    const input = { auditId: id, itemKey: 'cs-1', expectedVersion: 0, kind: 'PASS' };
    // Another quality auditor may read it but is not named on it; the manager reads HQ audits only.
    expect(codeOf(await save(bystander.token, { ...input, clientKey: clientKey() }))).toBe('FORBIDDEN');
    expect(codeOf(await save(manager.token, { ...input, clientKey: clientKey() }))).toBe('FORBIDDEN');
    expect(codeOf(await save(staff.token, { ...input, clientKey: clientKey() }))).toBe('NOT_FOUND');
    // The refused saves' keys (claimed along with the audit's lock) were rolled back with them.
    expect(await countKeys(bystander.id)).toBe(0);
    expect(await countKeys(staff.id)).toBe(0);
    // The company admin may.
    expect(codeOf(await save(admin.token, { ...input, clientKey: clientKey() }))).toBe('OK');
  });

  it('saves into an audit in progress with the statements it needs and no others', async () => {
    const id = await newAudit();
    const input = { auditId: id, expectedVersion: 0, kind: 'PASS' };
    expect(codeOf(await save(auditor.token, { ...input, itemKey: 'cs-1', clientKey: clientKey() }))).toBe(
      'OK',
    );
    recording = [];
    const res = await save(auditor.token, { ...input, itemKey: 'cs-2', clientKey: clientKey() });
    const statements = recording.map((text) => text.split(/\s+/).slice(0, 3).join(' '));
    recording = undefined;
    expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
    // The template version comes from memory; the tenant settings and the data-version check are
    // every write's.
    expect(statements).toEqual([
      "select set_config('app.company_id', $1,",
      'select a.*, coalesce((select',
      'with prior as',
      "select current_setting('app.cached_data_changed', true)",
    ]);
    // The change log and the key's result are written with the answer, from the answer as it was
    // going to be saved: both are the stored row.
    const [stored] = await kit.database.raw<{ row: Record<string, unknown> }>(
      `select to_jsonb(a) as row from audit_answers a where audit_id = $1 and item_key = 'cs-2'`,
      [id],
    );
    const [logged] = await kit.database.raw<{ after: Record<string, unknown> }>(
      `select after from change_log where action = 'audit.item.save' and subject_id = $1
         and after->>'itemKey' = 'cs-2'`,
      [id],
    );
    const row = stored!.row;
    // The answer as the API answers it, from the stored row; the log adds the row's keys.
    const answer = {
      auditId: row.audit_id,
      itemKey: 'cs-2',
      kind: 'PASS',
      score: null,
      note: null,
      photoFileIds: [],
      version: 1,
      answeredBy: row.answered_by,
      answeredAt: new Date(String(row.answered_at)).toISOString(),
    };
    expect(logged!.after).toEqual({ ...answer, companyId: row.company_id, id: row.id });
    const [key] = await kit.database.raw<{ result: Record<string, unknown> }>(
      `select result from idempotency_keys where result->>'itemKey' = 'cs-2' and result->>'auditId' = $1`,
      [id],
    );
    expect(key!.result).toEqual(answer);
  });
});

describe('submitAudit', () => {
  async function answerAll(id: string, answers: Record<string, Record<string, unknown>>) {
    for (const [itemKey, a] of Object.entries(answers)) {
      const res = await save(auditor.token, {
        auditId: id,
        itemKey,
        clientKey: clientKey(),
        expectedVersion: 0,
        ...a,
      });
      expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
    }
  }

  it('refuses an audit with unanswered items', async () => {
    const id = await newAudit();
    await answerAll(id, { 'cs-1': { kind: 'PASS' } });
    const res = await kit.gql(auditor.token, SUBMIT, { input: { id } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.fields![0]).toMatchObject({
      reason: 'REQUIRED',
      path: ['input', 'id'],
    });
  });

  it('scores the audit and raises a finding and a rectification per failed item', async () => {
    const id = await newAudit();
    await answerAll(id, {
      'cs-1': { kind: 'SCORE', score: 3, note: '未问候' },
      'cs-2': { kind: 'PASS' },
      'cl-1': { kind: 'FAIL', note: '大堂有污渍' },
      'cl-2': { kind: 'NOT_APPLICABLE' },
    });
    const res = await kit.gql<{
      submitAudit: { status: string; scorePercent: number; findingCount: number; score: { total: unknown } };
    }>(auditor.token, SUBMIT, { input: { id } });
    expect(codeOf(res), JSON.stringify(res.errors)).toBe('OK');
    // Earned 3 + 5 + 0 of 20 applicable points.
    expect(res.data!.submitAudit).toMatchObject({
      status: 'SUBMITTED',
      scorePercent: 40,
      findingCount: 2,
      score: {
        total: {
          earned: 8,
          max: 20,
          percent: 40,
          failed: false,
          failedItems: ['cs-1', 'cl-1'],
          grade: { grade: 'FAIL' },
        },
      },
    });
    const findings = await kit.database.raw<{
      item_key: string;
      severity: string;
      note: string;
      department: string;
    }>(
      'select item_key, severity, note, department from audit_findings where audit_id = $1 order by item_key',
      [id],
    );
    expect(findings).toEqual([
      { item_key: 'cl-1', severity: 'MAJOR', note: '大堂有污渍', department: 'CLEANING' },
      { item_key: 'cs-1', severity: 'MINOR', note: '未问候', department: 'CUSTOMER_SERVICE' },
    ]);
    const rect = await kit.database.raw<{ status: string; due: string; severity: string }>(
      `select r.status, r.due_at as due, f.severity from rectifications r join audit_findings f on f.id = r.finding_id
       where r.audit_id = $1 order by f.item_key`,
      [id],
    );
    expect(rect.map((r) => [r.status, new Date(r.due).getTime() - TEST_NOW.getTime()])).toEqual([
      ['OPEN', 7 * 86_400_000],
      ['OPEN', 15 * 86_400_000],
    ]);
    // The quarterly score feeds the estate's audit_score figure of the month (a computed draft,
    // approved with the month): points earned over applicable points of its quarterly audits.
    const [figure] = await kit.database.raw<{ numerator: number; denominator: number; source: string }>(
      `select numerator, denominator, source from monthly_figures where company_id = $1 and estate_id = $2
       and indicator_code = 'audit_score' order by revision desc limit 1`,
      [co.id, co.estates[0]!.id],
    );
    const [sums] = await kit.database.raw<{ earned: number; max: number }>(
      `select sum((score->>'earned')::float8) as earned, sum((score->>'max')::float8) as max from audits
       where company_id = $1 and estate_id = $2 and kind = 'QUARTERLY' and score is not null`,
      [co.id, co.estates[0]!.id],
    );
    expect(figure).toEqual({ numerator: sums!.earned, denominator: sums!.max, source: 'COMPUTED' });
    expect(sums!.max).toBeGreaterThanOrEqual(20);
    // Submitted: no further answers, no second submission.
    const late = await save(auditor.token, {
      auditId: id,
      itemKey: 'cl-2',
      clientKey: clientKey(),
      expectedVersion: 1,
      kind: 'PASS',
    });
    expect(codeOf(late)).toBe('BAD_USER_INPUT');
    expect(late.errors![0]!.extensions!.fields![0]).toMatchObject({ reason: 'SUBMITTED' });
    expect(codeOf(await kit.gql(auditor.token, SUBMIT, { input: { id } }))).toBe('BAD_USER_INPUT');
    // The estate's staff now read the submitted audit.
    const seen = await kit.gql<{ audit: { status: string } }>(staff.token, AUDIT, { id });
    expect(codeOf(seen)).toBe('OK');
  });

  it('fails the audit on a failed critical item, whatever its percentage', async () => {
    const id = await newAudit();
    await answerAll(id, {
      'cs-1': { kind: 'PASS' },
      'cs-2': { kind: 'FAIL' },
      'cl-1': { kind: 'PASS' },
      'cl-2': { kind: 'PASS' },
    });
    const res = await kit.gql<{ submitAudit: { score: { total: { failed: boolean; percent: number } } } }>(
      auditor.token,
      SUBMIT,
      { input: { id } },
    );
    expect(res.data!.submitAudit.score.total).toMatchObject({ failed: true, percent: 80 });
    const [f] = await kit.database.raw<{ severity: string; critical: boolean }>(
      'select severity, critical from audit_findings where audit_id = $1',
      [id],
    );
    expect(f).toEqual({ severity: 'CRITICAL', critical: true });
  });
});
