import { sql } from 'drizzle-orm';
import type { Database, Tx } from './client.js';
import { runStatement, type Statement } from './prepared.js';
import { isUuid } from './uuid.js';

export { isUuid };

export class MissingTenantError extends Error {
  constructor() {
    super('A tenant query was attempted without a company id');
  }
}

export function assertCompanyId(companyId: string | null | undefined): asserts companyId is string {
  // Refused at the boundary: an empty id would otherwise reach SQL as "no filter" in a careless query.
  if (!isUuid(companyId)) throw new MissingTenantError();
}

let statementTimeoutMs = 5000;
/**
 * The planner's cost of a random page read, for SSD storage (PostgreSQL's default of 4 assumes
 * spinning disks). With it, a count over much of one estate's rows (a work-order list's total) is
 * an index-only scan of a narrow index rather than a read of the whole table; the index-plan test
 * (test/work-orders-plans.test.ts) holds the list and board to it.
 */
const RANDOM_PAGE_COST = '1.1';

const TENANT_SETTINGS: Statement = {
  name: 'tenant.settings',
  text: `select set_config('app.company_id', $1, true), set_config('role', 'app_rls', true),
    set_config('statement_timeout', $2, true), set_config('random_page_cost', '${RANDOM_PAGE_COST}', true)`,
};

export function setStatementTimeout(ms: number) {
  statementTimeoutMs = ms;
}

/**
 * Runs `fn` in a transaction that sees only `companyId`'s rows: the company goes into a
 * transaction-local setting read by the RLS policies, and the role switches to app_rls so the
 * policies hold even on a superuser connection. Both settings end with the transaction, so a
 * pooled connection never carries one company's context into another's request.
 */
export async function withTenant<T>(
  database: Database,
  companyId: string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  assertCompanyId(companyId);
  return database.db.transaction(async (tx) => {
    // Dispatched here, before `fn` can dispatch any statement of its own, and not awaited: both
    // drivers run a transaction's statements in the order they were dispatched, so the settings
    // still come first, and they travel with `fn`'s first statement instead of taking a round trip
    // of their own. Had they failed, every later statement fails (the transaction is aborted) and
    // the settings' error is the one thrown. (A drizzle builder is dispatched only once awaited:
    // `runStatement` dispatches as it is called.)
    const settings = runStatement(tx, TENANT_SETTINGS, [companyId, String(statementTimeoutMs)]);
    settings.catch(() => {});
    let result: T;
    try {
      result = await fn(tx);
    } catch (error) {
      await settings;
      throw error;
    }
    await settings;
    return result;
  });
}
/**
 * The named escape hatch for platform-level work that must cross companies (sign-in looks a user
 * up by email before any company is known; the platform admin creates companies; a resident's
 * public link names its company only through its token). Every caller
 * passes a reason, which keeps these call sites easy to find and review.
 */
export async function withSystem<T>(
  database: Database,
  reason:
    | 'auth'
    | 'platform-admin'
    | 'migration'
    | 'demo-seed'
    | 'test'
    | 'jobs'
    | 'public-link'
    | 'public-survey',
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  void reason;
  return database.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('app.system', 'on', true), set_config('statement_timeout', ${String(statementTimeoutMs)}, true)`,
    );
    return fn(tx);
  });
}
