import type { Tx } from '../db/client.js';
import { withTenant } from '../db/tenant.js';
import { type Context, requireTenant, type TenantCaller } from '../graphql/context.js';
import type { Touched } from '../graphql/data-versions.js';
import { writeChangeLog } from '../modules/change-log/index.js';

export interface WriteScope {
  tx: Tx;
  caller: TenantCaller;
  /**
   * Records the change in the change log, in this same transaction. `before` is the row as it was
   * (loaded before changing it; null only for a creation), `after` the row as it is now.
   */
  changeLog(
    action: string,
    subjectType: string,
    subjectId: string | null,
    before: unknown,
    after: unknown,
  ): Promise<void>;
}

/**
 * A company-scoped use case: the caller, one tenant transaction, and the change log at hand.
 * When the transaction wrote to data that cached answers are built from (figures, targets,
 * indicators, estates, regions), the company's cached answers are dropped once it commits: found
 * from the transaction itself, so a new write path cannot forget it.
 */
export async function tenantWrite<T>(ctx: Context, fn: (scope: WriteScope) => Promise<T>): Promise<T> {
  const caller = requireTenant(ctx);
  let touching: Promise<Touched> | undefined;
  const result = await withTenant(ctx.services.database, caller.companyId, async (tx) => {
    const value = await fn({
      tx,
      caller,
      changeLog: (action, subjectType, subjectId, before, after) =>
        writeChangeLog(tx, {
          companyId: caller.companyId,
          actorUserId: caller.userId,
          action,
          subjectType,
          subjectId,
          before,
          after,
          requestId: ctx.requestId,
        }),
    });
    // Sent without waiting, so that it travels with the COMMIT: it still runs before it, on the
    // transaction's connection, and its answer is only needed once the transaction committed. Its
    // failure is thrown below (the COMMIT after a failed statement only rolls back).
    touching = ctx.services.dataVersions.touched(tx);
    touching.catch(() => {});
    return value;
  });
  const touched = await touching!;
  ctx.services.dataVersions.changed(caller.companyId, touched);
  return result;
}

/** A company-scoped read. */
export function tenantRead<T>(ctx: Context, fn: (tx: Tx, caller: TenantCaller) => Promise<T>): Promise<T> {
  const caller = requireTenant(ctx);
  return withTenant(ctx.services.database, caller.companyId, (tx) => fn(tx, caller));
}
