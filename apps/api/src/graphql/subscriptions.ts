import { type Action, type SubjectName, subject } from '@anju/domain';
import { authenticate } from '../modules/auth/index.js';
import type { Context } from './context.js';

/**
 * Checked for every event, not once at subscribe time: a subscriber whose session was revoked or
 * whose scope shrank stops receiving events at once. The session cache keeps this cheap.
 */
export async function stillAllowed(
  ctx: Context,
  action: Action,
  type: SubjectName,
  row: Record<string, unknown>,
): Promise<boolean> {
  if (!ctx.token) return false;
  const auth = await authenticate(ctx.services, ctx.token);
  if (!auth || auth.session.companyId !== row.companyId) return false;
  return auth.ability.can(action, subject(type, { ...row }));
}
