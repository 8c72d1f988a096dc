/**
 * Who may see, plan and conduct an audit, and the events that tell subscribers about it. The read
 * rule (packages/domain abilities) carries the spot-check secrecy: a planned SPOT_CHECK or
 * NIGHT_PATROL is not readable by estate roles, so assertCan answers NOT_FOUND exactly as for an id
 * that exists nowhere.
 */
import { type AuditKind, ESTATE_PLANNED_KINDS, HQ_PLANNED_KINDS, subject } from '@anju/domain';
import { assertCan } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import { isUuid } from '../../db/tenant.js';
import type { TenantCaller } from '../../graphql/context.js';
import type { AppPubSub, AuditChangedPayload } from '../../graphql/pubsub.js';
import { badInput, forbidden, notFound } from '../../lib/errors.js';
import type { EstateRow } from '../estates/index.js';
import { membershipsOf } from '../users/index.js';
import type { AuditRow } from './audits.schema.js';

export const AUDIT = '检查';

/** The fields the Audit rules name. */
export const auditSubject = (a: Pick<AuditRow, 'companyId' | 'id' | 'estateId' | 'kind' | 'status'>) => ({
  companyId: a.companyId,
  id: a.id,
  estateId: a.estateId,
  kind: a.kind,
  status: a.status,
});

export const isEstateKind = (kind: AuditKind) => (ESTATE_PLANNED_KINDS as readonly string[]).includes(kind);
export const isHqKind = (kind: AuditKind) => (HQ_PLANNED_KINDS as readonly string[]).includes(kind);

/** The audit if the caller may read it; NOT_FOUND otherwise (hidden exactly like a missing one). */
export function assertReadable(caller: TenantCaller, audit: AuditRow | undefined): AuditRow {
  if (!audit) throw notFound(AUDIT);
  assertCan(caller.ability, 'read', 'Audit', auditSubject(audit), AUDIT);
  return audit;
}

const roleOf = (caller: TenantCaller, role: string) =>
  caller.actor.memberships.some((m) => m.role === role && m.companyId === caller.companyId);

/**
 * Answering, starting and submitting: the audit's auditors, the company admin, and for the
 * estate's own kinds its manager — each only where the ability lets them change the audit.
 * Anyone else who may read it gets FORBIDDEN; who may not read it, NOT_FOUND.
 */
export function assertConductor(caller: TenantCaller, audit: AuditRow, auditorIds: readonly string[]): void {
  assertReadable(caller, audit);
  if (!caller.ability.can('update', subject('Audit', auditSubject(audit)))) throw forbidden();
  if (auditorIds.includes(caller.userId)) return;
  if (roleOf(caller, 'COMPANY_ADMIN')) return;
  if (isEstateKind(audit.kind) && roleOf(caller, 'ESTATE_MANAGER')) return;
  throw forbidden();
}

/**
 * Auditors named on an audit of `kind` at `estate` must be active members who may conduct it:
 * HQ kinds take quality auditors and company admins (an estate member never learns of a spot
 * check through being named on it); the estate's own kinds also take a manager of the estate.
 */
export async function assertEligibleAuditors(
  tx: Tx,
  companyId: string,
  kind: AuditKind,
  estate: Pick<EstateRow, 'id' | 'regionId'>,
  userIds: readonly string[],
  path: (string | number)[],
): Promise<void> {
  // A malformed id names nobody: it is refused below like an unknown one, never sent to SQL.
  const memberships = await membershipsOf(tx, companyId, userIds.filter(isUuid));
  const problems = userIds.flatMap((userId, i) => {
    const ok = memberships.some((m) => {
      if (m.userId !== userId || !m.active || m.pending) return false;
      if (m.role === 'COMPANY_ADMIN' || m.role === 'QUALITY_AUDITOR') return true;
      if (m.role !== 'ESTATE_MANAGER' || !isEstateKind(kind)) return false;
      return (
        m.scopeKind === 'COMPANY' ||
        m.estateIds.includes(estate.id) ||
        (m.regionId !== null && m.regionId === estate.regionId)
      );
    });
    return ok ? [] : [{ path: [...path, i], reason: 'NOT_ALLOWED', message: '该用户不能担任此检查的检查人' }];
  });
  if (problems.length) throw badInput(problems);
}

/** Tells subscribers (every instance) about an audit, as it is now; call after the commit. */
export function publishAudit(
  pubsub: AppPubSub,
  audit: AuditRow,
  event: AuditChangedPayload['event'],
  extra: { itemKey?: string | null; actorUserId?: string | null } = {},
): void {
  const payload: AuditChangedPayload = {
    auditId: audit.id,
    estateId: audit.estateId,
    kind: audit.kind,
    status: audit.status,
    campaignId: audit.campaignId,
    event,
    itemKey: extra.itemKey ?? null,
    actorUserId: extra.actorUserId ?? null,
  };
  pubsub.publish('AUDIT_CHANGED', audit.companyId, payload);
}
