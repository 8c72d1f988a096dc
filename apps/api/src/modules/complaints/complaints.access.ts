/**
 * Who sees what of a complaint, and how rows become GraphQL objects (here only, so lists,
 * mutations, events and drill-downs hide the same fields): the complainant's name and phone only
 * where the caller's ability allows (COMPLAINT_PERSONAL_FIELDS), the steps the caller may take.
 */
import {
  type AppAbility,
  COMPLAINT_PERSONAL_FIELDS,
  complaintNextSteps,
  DEFAULT_TIME_ZONE,
  isOverdue,
  subject,
} from '@anju/domain';
import type { Tx } from '../../db/client.js';
import type { UserRef } from '../../graphql/common-types.js';
import type { TenantCaller } from '../../graphql/context.js';
import type { ComplaintChangedPayload } from '../../graphql/pubsub.js';
import { notFound } from '../../lib/errors.js';
import type { AppServices } from '../../lib/services.js';
import { findCompany } from '../companies/index.js';
import { userNames } from '../users/index.js';
import type { ComplaintRow } from './complaints.schema.js';
import * as store from './complaints.store.js';
import type { Complaint } from './complaints.types.js';

export const COMPLAINT = '投诉';

/** The fields of a Complaint row its CASL rules name. */
export const complaintSubject = (
  r: Pick<ComplaintRow, 'companyId' | 'id' | 'estateId' | 'receiverUserId' | 'departmentId'>,
) => ({
  companyId: r.companyId,
  id: r.id,
  estateId: r.estateId,
  receiverUserId: r.receiverUserId,
  departmentId: r.departmentId,
});

type SubjectRow = Parameters<typeof complaintSubject>[0];

export const canReadComplaint = (ability: AppAbility, r: SubjectRow) =>
  ability.can('read', subject('Complaint', complaintSubject(r)));

export const canWorkComplaint = (ability: AppAbility, r: SubjectRow) =>
  ability.can('update', subject('Complaint', complaintSubject(r)));

export const canReadComplainant = (ability: AppAbility, r: SubjectRow) =>
  COMPLAINT_PERSONAL_FIELDS.every((f) => ability.can('read', subject('Complaint', complaintSubject(r)), f));

/** Loads a complaint the caller may read; anything else (another company, hidden, malformed) is NOT_FOUND. */
export async function readableComplaint(
  tx: Tx,
  caller: TenantCaller,
  id: string,
  lock = false,
): Promise<ComplaintRow> {
  const row = await store.findComplaint(tx, caller.companyId, String(id), lock);
  if (!row || !canReadComplaint(caller.ability, row)) throw notFound(COMPLAINT);
  return row;
}

export async function timeZoneOf(tx: Tx, companyId: string): Promise<string> {
  return (await findCompany(tx, companyId))?.timeZone || DEFAULT_TIME_ZONE;
}

const ref = (id: string | null, names: Map<string, string>): UserRef | null =>
  id ? { id, name: names.get(id) ?? '' } : null;

/** Rows as the caller may see them, names and departments loaded for the whole batch. */
export async function toComplaints(
  tx: Tx,
  caller: TenantCaller,
  rows: readonly ComplaintRow[],
  now: Date,
): Promise<Complaint[]> {
  if (rows.length === 0) return [];
  const { companyId, ability } = caller;
  const names = await userNames(
    tx,
    companyId,
    rows.flatMap((r) =>
      [r.receiverUserId, r.createdBy, r.ruledBy, r.postponedBy, r.resolvedBy].filter(
        (x): x is string => x != null,
      ),
    ),
  );
  const departments = await store.departmentNames(
    tx,
    companyId,
    rows.flatMap((r) => (r.departmentId ? [r.departmentId] : [])),
  );
  return rows.map((r) => {
    const personal = canReadComplainant(ability, r);
    return {
      id: r.id,
      companyId: r.companyId,
      receiverUserId: r.receiverUserId,
      departmentId: r.departmentId,
      estateId: r.estateId,
      number: r.number,
      category: r.category,
      department: r.departmentId ? (departments.get(r.departmentId) ?? null) : null,
      channel: r.channel,
      severity: r.severity,
      location: r.location,
      description: r.description,
      complainantName: personal ? r.complainantName : null,
      complainantPhone: personal ? r.complainantPhone : null,
      personalDataVisible: personal,
      receiver: ref(r.receiverUserId, names),
      receivedAt: r.receivedAt,
      originalFeedbackAt: r.originalFeedbackAt,
      promisedFeedbackAt: r.promisedFeedbackAt,
      overdue: isOverdue(r, now),
      postponedAt: r.postponedAt,
      postponedBy: ref(r.postponedBy, names),
      postponeReason: r.postponeReason,
      valid: r.valid,
      validityReason: r.validityReason,
      ruledAt: r.ruledAt,
      ruledBy: ref(r.ruledBy, names),
      status: r.status,
      resolvedAt: r.resolvedAt,
      resolvedBy: ref(r.resolvedBy, names),
      resolution: r.resolution,
      callbackNote: r.callbackNote,
      satisfaction: r.satisfaction,
      createdBy: ref(r.createdBy, names),
      nextSteps: canWorkComplaint(ability, r) ? complaintNextSteps(r) : [],
      version: r.version,
      updatedAt: r.updatedAt,
    };
  });
}

export async function toComplaint(
  tx: Tx,
  caller: TenantCaller,
  row: ComplaintRow,
  now: Date,
): Promise<Complaint> {
  return (await toComplaints(tx, caller, [row], now))[0]!;
}

export function complaintPayload(
  r: ComplaintRow,
  event: ComplaintChangedPayload['event'],
  actorUserId: string | null,
): ComplaintChangedPayload {
  return {
    complaintId: r.id,
    estateId: r.estateId,
    receiverUserId: r.receiverUserId,
    departmentId: r.departmentId,
    event,
    actorUserId,
  };
}

/** Announces a change once its transaction committed. */
export function publishComplaint(
  services: Pick<AppServices, 'pubsub'>,
  companyId: string,
  payload: ComplaintChangedPayload,
): void {
  services.pubsub.publish('COMPLAINT_CHANGED', companyId, payload);
}
