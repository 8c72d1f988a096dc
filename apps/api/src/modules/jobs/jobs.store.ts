import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { assertCompanyId } from '../../db/tenant.js';
import { monthlyFigures } from '../figures/index.js';

/** The latest revision of one figure (what the form and the drift check compare against). */
export async function latestFigure(
  tx: Tx,
  companyId: string,
  estateId: string,
  month: string,
  code: string,
): Promise<{ numerator: number; denominator: number | null; revision: number } | null> {
  assertCompanyId(companyId);
  const [row] = await tx
    .select({
      numerator: monthlyFigures.numerator,
      denominator: monthlyFigures.denominator,
      revision: monthlyFigures.revision,
    })
    .from(monthlyFigures)
    .where(
      and(
        eq(monthlyFigures.companyId, companyId),
        eq(monthlyFigures.estateId, estateId),
        eq(monthlyFigures.month, month),
        eq(monthlyFigures.indicatorCode, code),
      ),
    )
    .orderBy(desc(monthlyFigures.revision))
    .limit(1);
  return row ?? null;
}
