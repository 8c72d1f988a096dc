import { type Action, type SubjectName, subject } from '@anju/domain';
import type { Tx } from '../db/client.js';
import type { TenantCaller } from '../graphql/context.js';
import { forbidden, notFound } from '../lib/errors.js';
import { type EstateRow, findEstate } from '../modules/estates/index.js';

/**
 * Where every estate-scoped use case starts: loads the estate and checks that the caller may do
 * `action` on `type` in it (`'Estate'`: on the estate row itself; an estate-scoped subject such as
 * `'MonthlyFigure'`: on a row of it in this estate).
 *
 * An estate the caller cannot see, of another company, or that does not exist is NOT_FOUND: never
 * FORBIDDEN, which would confirm that it exists. Only when the caller sees the estate and may read
 * `type` there, but not do `action`, is the answer FORBIDDEN.
 */
export async function loadEstateFor(
  tx: Tx,
  caller: TenantCaller,
  estateId: string,
  action: Action,
  type: SubjectName = 'Estate',
): Promise<EstateRow> {
  const estate = await findEstate(tx, caller.companyId, estateId);
  if (!estate || !caller.ability.can('read', subject('Estate', { ...estate }))) throw notFound('小区');
  const row =
    type === 'Estate'
      ? subject('Estate', { ...estate })
      : subject(type, { companyId: caller.companyId, estateId: estate.id });
  if (!caller.ability.can(action, row)) {
    throw caller.ability.can('read', row) ? forbidden() : notFound('小区');
  }
  return estate;
}
