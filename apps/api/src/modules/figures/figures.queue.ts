/** HQ's approval queue: estate-months with submitted figures, among those the caller may approve. */
import { judge, targetInForce } from '@anju/domain';
import { accessibleWhere } from '../../authz/accessible.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { forbidden } from '../../lib/errors.js';
import { tenantRead } from '../../lib/write.js';
import { estateColumns } from '../estates/index.js';
import { loadCatalogue } from '../indicators/index.js';
import { userNames } from '../users/index.js';
import * as store from './figures.store.js';
import type { ApprovalItem } from './figures.types.js';

export function approvalQueue(
  ctx: Context,
  args: { first?: number | null; after?: string | null; regionId?: string | null },
): Promise<Page<ApprovalItem>> {
  return tenantRead(ctx, async (tx, caller) => {
    if (!caller.ability.can('approve', 'MonthlyFigure')) throw forbidden();
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | undefined;
    // Filtered by the database: estates the caller reads, figures the caller may approve.
    const { rows, total } = await store.approvalQueue(
      tx,
      caller.companyId,
      {
        estates: accessibleWhere(caller.ability, 'read', 'Estate', estateColumns),
        figures: accessibleWhere(caller.ability, 'approve', 'MonthlyFigure', store.figureColumns),
        regionId: args.regionId ?? null,
      },
      limit,
      after,
    );
    const catalogue = await loadCatalogue(tx, caller.companyId);
    const names = await userNames(
      tx,
      caller.companyId,
      rows.flatMap((r) => (r.submitted_by ? [r.submitted_by] : [])),
    );
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
