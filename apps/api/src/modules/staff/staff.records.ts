/**
 * Certificates (with their scans, through the file service) and training records of a member of
 * staff: added, changed (certificates: optimistic lock) and deleted by whoever may change the
 * person's record; every change in the change log. A scan is attached to the staff record: only
 * those who may read the scan field download it (the 'StaffScan' attachment reader below).
 */
import {
  certificateDates,
  certificateInput,
  type FieldProblem,
  subject,
  trainingInput,
  updateCertificateInput,
} from '@anju/domain';
import { assertCan } from '../../authz/accessible.js';
import type { Tx } from '../../db/client.js';
import { attachFile, registerAttachmentReader } from '../../files/index.js';
import type { Context, TenantCaller } from '../../graphql/context.js';
import { badInput, conflict, notFound } from '../../lib/errors.js';
import { parseInput } from '../../lib/validation.js';
import { tenantWrite } from '../../lib/write.js';
import {
  canReadScans,
  canReadStaffField,
  certificateSubject,
  readableStaff,
  staffSubject,
  toCertificate,
  todayOf,
  toTraining,
} from './staff.access.js';
import { staffRecordsChanged } from './staff.changes.js';
import type { StaffCertificateRow, StaffRow } from './staff.schema.js';
import * as store from './staff.store.js';
import type {
  AddStaffCertificateInput,
  AddStaffTrainingInput,
  StaffCertificate,
  StaffTraining,
  UpdateStaffCertificateInput,
} from './staff.types.js';

const CERTIFICATE = '证书';
const TRAINING = '培训记录';
/** The file service's attachment type of certificate scans: attached to the staff record. */
export const SCAN_ATTACHMENT = 'StaffScan';

const staleVersion = () => conflict('证书已被他人修改，请刷新后重试', 'STALE_VERSION');

/** A scan: an unattached upload of the caller, an image or a PDF, now attached to the person. */
async function attachScan(
  tx: Tx,
  caller: TenantCaller,
  staffRow: StaffRow,
  fileId: string,
  now: Date,
): Promise<void> {
  const attached = await attachFile(tx, caller, fileId, { type: SCAN_ATTACHMENT, id: staffRow.id }, now);
  const path = ['scanFileId'];
  if (!attached) throw badInput([{ path, reason: 'NOT_FOUND', message: '扫描件不存在或已过期，请重新上传' }]);
  if (!attached.contentType.startsWith('image/') && attached.contentType !== 'application/pdf') {
    throw badInput([{ path, reason: 'INVALID', message: '扫描件须为图片或 PDF' }]);
  }
}

async function certificateOut(
  tx: Tx,
  caller: TenantCaller,
  staffRow: StaffRow,
  row: StaffCertificateRow,
  now: Date,
): Promise<StaffCertificate> {
  return toCertificate(row, await todayOf(tx, caller.companyId, now), {
    scans: canReadScans(caller.ability, staffRow),
    idNumber: canReadStaffField(caller.ability, staffRow, 'idNumber'),
  });
}

/**
 * A certificate and its person, for `action`: hidden (another company, another estate, a role
 * that reads no certificates) is NOT_FOUND, readable but not changeable FORBIDDEN.
 */
async function certificateFor(
  tx: Tx,
  caller: TenantCaller,
  id: string,
  action: 'update' | 'delete',
): Promise<{ row: StaffCertificateRow; staffRow: StaffRow }> {
  const row = await store.findCertificate(tx, caller.companyId, id, true);
  const staffRow = row ? await store.findStaff(tx, caller.companyId, row.staffId) : undefined;
  if (!row || !staffRow) throw notFound(CERTIFICATE);
  const canSee =
    caller.ability.can('read', subject('Staff', staffSubject(staffRow))) &&
    caller.ability.can('read', subject('Certificate', certificateSubject(staffRow, row.id)));
  if (!canSee) throw notFound(CERTIFICATE);
  assertCan(caller.ability, action, 'Certificate', certificateSubject(staffRow, row.id), CERTIFICATE);
  return { row, staffRow };
}

export function addStaffCertificate(
  ctx: Context,
  input: AddStaffCertificateInput,
): Promise<StaffCertificate> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const staffRow = await readableStaff(tx, caller, String(input.staffId), true);
    assertCan(caller.ability, 'create', 'Certificate', certificateSubject(staffRow), CERTIFICATE);
    const parsed = parseInput(certificateInput, input);
    const now = ctx.services.clock();
    if (parsed.scanFileId) await attachScan(tx, caller, staffRow, parsed.scanFileId, now);
    const [row] = await store.insertCertificates(
      tx,
      caller.companyId,
      [
        {
          estateId: staffRow.estateId,
          staffId: staffRow.id,
          kind: parsed.kind,
          number: parsed.number,
          issuer: parsed.issuer || null,
          issuedOn: parsed.issuedOn ?? null,
          expiresOn: parsed.expiresOn ?? null,
          scanFileId: parsed.scanFileId ?? null,
          createdBy: caller.userId,
        },
      ],
      now,
    );
    await changeLog('staff.certificate.create', 'Certificate', row!.id, null, row);
    await staffRecordsChanged(tx, { companyId: caller.companyId, estateId: staffRow.estateId, now });
    return certificateOut(tx, caller, staffRow, row!, now);
  });
}

export function updateStaffCertificate(
  ctx: Context,
  input: UpdateStaffCertificateInput,
): Promise<StaffCertificate> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const { row: before, staffRow } = await certificateFor(tx, caller, String(input.id), 'update');
    const sent = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const parsed = parseInput(updateCertificateInput, sent);
    if (before.version !== parsed.version) throw staleVersion();
    const issuedOn = parsed.issuedOn !== undefined ? parsed.issuedOn : before.issuedOn;
    const expiresOn = parsed.expiresOn !== undefined ? parsed.expiresOn : before.expiresOn;
    // The certificate as it will be: the dates of the stored one count too.
    parseInput(certificateDates, { issuedOn, expiresOn });
    const now = ctx.services.clock();
    if (parsed.scanFileId && parsed.scanFileId !== before.scanFileId) {
      await attachScan(tx, caller, staffRow, parsed.scanFileId, now);
    }
    const after = await store.updateCertificate(
      tx,
      caller.companyId,
      before.id,
      before.version,
      {
        ...(parsed.kind !== undefined && { kind: parsed.kind }),
        ...(parsed.number !== undefined && { number: parsed.number }),
        ...(parsed.issuer !== undefined && { issuer: parsed.issuer || null }),
        issuedOn,
        expiresOn,
        // A renewed certificate gets its reminders again before its new expiry.
        ...(expiresOn !== before.expiresOn && { remindedDays: [] }),
        ...(parsed.scanFileId !== undefined && { scanFileId: parsed.scanFileId ?? null }),
      },
      now,
    );
    if (!after) throw staleVersion();
    await changeLog('staff.certificate.update', 'Certificate', before.id, before, after);
    await staffRecordsChanged(tx, {
      companyId: caller.companyId,
      estateId: staffRow.estateId,
      now: ctx.services.clock(),
    });
    return certificateOut(tx, caller, staffRow, after, now);
  });
}

export function deleteStaffCertificate(ctx: Context, id: string): Promise<string> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const { row } = await certificateFor(tx, caller, String(id), 'delete');
    await store.deleteCertificate(tx, caller.companyId, row.id);
    await changeLog('staff.certificate.delete', 'Certificate', row.id, row, null);
    await staffRecordsChanged(tx, {
      companyId: caller.companyId,
      estateId: row.estateId,
      now: ctx.services.clock(),
    });
    return row.id;
  });
}

export function addStaffTraining(ctx: Context, input: AddStaffTrainingInput): Promise<StaffTraining> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const staffRow = await readableStaff(tx, caller, String(input.staffId));
    assertCan(caller.ability, 'create', 'Training', certificateSubject(staffRow), TRAINING);
    const parsed = parseInput(trainingInput, input);
    const now = ctx.services.clock();
    const problems: FieldProblem[] = [];
    if (parsed.trainedOn > (await todayOf(tx, caller.companyId, now))) {
      problems.push({ path: ['trainedOn'], reason: 'FUTURE', message: '培训日期不能晚于今天' });
    }
    if (parsed.trainedOn < staffRow.hireDate) {
      problems.push({ path: ['trainedOn'], reason: 'BEFORE_START', message: '培训日期不能早于入职日期' });
    }
    if (problems.length) throw badInput(problems);
    const [row] = await store.insertTrainings(
      tx,
      caller.companyId,
      [
        {
          estateId: staffRow.estateId,
          staffId: staffRow.id,
          course: parsed.course,
          trainedOn: parsed.trainedOn,
          hours: parsed.hours,
          passed: parsed.passed,
          note: parsed.note || null,
          createdBy: caller.userId,
        },
      ],
      now,
    );
    await changeLog('staff.training.create', 'Training', row!.id, null, row);
    await staffRecordsChanged(tx, {
      companyId: caller.companyId,
      estateId: staffRow.estateId,
      now,
      months: [row!.trainedOn.slice(0, 7)],
    });
    return toTraining(row!);
  });
}

export function deleteStaffTraining(ctx: Context, id: string): Promise<string> {
  return tenantWrite(ctx, async ({ tx, caller, changeLog }) => {
    const row = await store.findTraining(tx, caller.companyId, String(id));
    const staffRow = row ? await store.findStaff(tx, caller.companyId, row.staffId) : undefined;
    if (!row || !staffRow) throw notFound(TRAINING);
    const training = { ...certificateSubject(staffRow), id: row.id };
    if (
      !caller.ability.can('read', subject('Staff', staffSubject(staffRow))) ||
      !caller.ability.can('read', subject('Training', training))
    ) {
      throw notFound(TRAINING);
    }
    assertCan(caller.ability, 'delete', 'Training', training, TRAINING);
    await store.deleteTraining(tx, caller.companyId, row.id);
    await changeLog('staff.training.delete', 'Training', row.id, row, null);
    await staffRecordsChanged(tx, {
      companyId: caller.companyId,
      estateId: row.estateId,
      now: ctx.services.clock(),
      months: [row.trainedOn.slice(0, 7)],
    });
    return row.id;
  });
}

// Certificate scans are attached to the staff record: whoever may read the scans of that person
// (the estate's manager, company admins, the person themself) may download them; nobody else.
registerAttachmentReader(SCAN_ATTACHMENT, async (tx, caller, staffId) => {
  const row = await store.findStaff(tx, caller.companyId, staffId);
  return (
    !!row &&
    caller.auth.ability.can('read', subject('Staff', staffSubject(row))) &&
    canReadScans(caller.auth.ability, row)
  );
});
