import { randomUUID } from 'node:crypto';
import type { Authenticated } from '../auth/session-cache.js';
import type { Database, Tx } from '../db/client.js';
import { isUuid, withTenant } from '../db/tenant.js';
import type { AcceptedType } from './files.content.js';
import type { FileStorage } from './files.storage.js';
import {
  deleteExpiredRows,
  deleteUnattached,
  type FileRow,
  findFile,
  insertFile,
  setAttachment,
  UNATTACHED_TTL_MS,
} from './files.store.js';

export interface FileCaller {
  companyId: string;
  userId: string;
  auth: Authenticated;
}

/**
 * Decides whether `caller` may read the record a file is attached to. Modules that attach files
 * register one per subject type (e.g. 'Audit'); without one only the uploader and admins read.
 */
export type AttachmentReader = (tx: Tx, caller: FileCaller, recordId: string) => Promise<boolean>;
const readers = new Map<string, AttachmentReader>();

export function registerAttachmentReader(subjectType: string, reader: AttachmentReader): void {
  readers.set(subjectType, reader);
}

export const contentKey = (id: string) => id;
export const thumbnailKey = (id: string) => `${id}/thumbnail`;
/** Every stored object of a file: its content, and its thumbnail when it has one. */
const keysOf = (row: Pick<FileRow, 'id' | 'hasThumbnail'>) =>
  row.hasThumbnail ? [contentKey(row.id), thumbnailKey(row.id)] : [contentKey(row.id)];

/** An unattached upload past its day: ignored everywhere, deleted by the expiry job. */
const isExpired = (row: FileRow, now: Date) =>
  !row.attachedId && now.getTime() - row.createdAt.getTime() > UNATTACHED_TTL_MS;

export interface FileInfo {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

export const fileInfo = (row: FileRow): FileInfo => ({
  id: row.id,
  name: row.name,
  contentType: row.contentType,
  size: row.size,
});

export async function storeUpload(
  database: Database,
  storage: FileStorage,
  caller: Pick<FileCaller, 'companyId' | 'userId'>,
  upload: { name: string; type: AcceptedType; content: Buffer; thumbnail: Buffer | null; now: Date },
): Promise<FileInfo> {
  const id = randomUUID();
  // Bytes first: a row never points at nothing (orphaned bytes of a failed insert are harmless).
  await storage.put(caller.companyId, contentKey(id), upload.content);
  if (upload.thumbnail) await storage.put(caller.companyId, thumbnailKey(id), upload.thumbnail);
  const row = await withTenant(database, caller.companyId, (tx) =>
    insertFile(tx, {
      companyId: caller.companyId,
      id,
      uploadedBy: caller.userId,
      name: upload.name,
      contentType: upload.type,
      size: upload.content.length,
      hasThumbnail: upload.thumbnail ? 1 : 0,
      createdAt: upload.now,
    }),
  );
  return fileInfo(row);
}

const isCompanyAdmin = (caller: FileCaller) =>
  caller.auth.actor.memberships.some((m) => m.role === 'COMPANY_ADMIN' && m.companyId === caller.companyId);

/**
 * The file if `caller` may read it: the uploader, a company admin, or (attached files) whoever the
 * attached record's reader admits. Anything else — another company, a malformed id, an expired
 * unattached upload — is undefined, which the route answers 404.
 */
export async function readableFile(
  database: Database,
  caller: FileCaller,
  id: string,
  now: Date,
): Promise<FileRow | undefined> {
  if (!isUuid(id)) return undefined;
  return withTenant(database, caller.companyId, async (tx) => {
    const row = await findFile(tx, caller.companyId, id);
    if (!row || isExpired(row, now)) return undefined;
    if (row.uploadedBy === caller.userId || isCompanyAdmin(caller)) return row;
    if (row.attachedType && row.attachedId) {
      const reader = readers.get(row.attachedType);
      if (reader && (await reader(tx, caller, row.attachedId))) return row;
    }
    return undefined;
  });
}

/**
 * The hook other modules call inside their own write transaction (after checking the caller may
 * change the record): attaches an upload of the caller to a record. Returns the file, or undefined
 * when the id names no unattached, unexpired upload of this caller (the module answers NOT_FOUND).
 */
export async function attachFile(
  tx: Tx,
  caller: { companyId: string; userId: string },
  fileId: string,
  target: { type: string; id: string },
  now: Date,
): Promise<FileInfo | undefined> {
  if (!isUuid(fileId)) return undefined;
  const row = await findFile(tx, caller.companyId, fileId);
  if (!row || row.uploadedBy !== caller.userId) return undefined;
  if (row.attachedId)
    return row.attachedType === target.type && row.attachedId === target.id ? fileInfo(row) : undefined;
  if (isExpired(row, now)) return undefined;
  const updated = await setAttachment(tx, caller.companyId, fileId, target, now);
  return updated ? fileInfo(updated) : undefined;
}

/**
 * Deletes the company's unattached uploads older than a day, rows and bytes; returns their ids.
 * Meant for the job queue (one run per company), callable directly meanwhile.
 */
export async function deleteExpiredUploads(
  database: Database,
  storage: FileStorage,
  companyId: string,
  now: Date,
): Promise<string[]> {
  const rows = await withTenant(database, companyId, (tx) => deleteExpiredRows(tx, companyId, now));
  await storage.delete(companyId, rows.flatMap(keysOf));
  return rows.map((r) => r.id);
}

/**
 * A file the server made for the caller (an Excel template or export): kept as an unattached file
 * of theirs, so whoever may read the caller's own uploads reads it (they and their company's
 * admins; anyone else, every other company included, gets 404), and it expires with them.
 */
export function storeGeneratedFile(
  database: Database,
  storage: FileStorage,
  caller: { companyId: string; userId: string },
  file: { name: string; type: AcceptedType; content: Buffer; now: Date },
): Promise<FileInfo> {
  return storeUpload(database, storage, caller, { ...file, thumbnail: null });
}

/**
 * The bytes of an upload a module is about to use as input (an import): only an unattached,
 * unexpired upload of the caller themselves. Anything else (another company's, a colleague's, an
 * expired, attached or already used one, a malformed id) is undefined, which the module answers
 * NOT_FOUND. Call it outside any transaction: the bytes may be megabytes.
 */
export async function readOwnUpload(
  database: Database,
  storage: FileStorage,
  caller: { companyId: string; userId: string },
  fileId: string,
  now: Date,
): Promise<{ file: FileInfo; bytes: Buffer } | undefined> {
  if (!isUuid(fileId)) return undefined;
  const row = await withTenant(database, caller.companyId, (tx) => findFile(tx, caller.companyId, fileId));
  if (!row || row.uploadedBy !== caller.userId || row.attachedId || isExpired(row, now)) return undefined;
  const bytes = await storage.get(caller.companyId, contentKey(row.id));
  return bytes ? { file: fileInfo(row), bytes } : undefined;
}

/** An upload a module used up: its row is gone, its bytes go once the transaction has committed. */
export interface ConsumedUpload {
  companyId: string;
  id: string;
  hasThumbnail: number;
}

/**
 * The hook a module calls inside its own write transaction once an upload has served as input
 * (an import): the upload's row goes with the transaction, so the same file cannot be used twice
 * and does not linger; a rolled-back transaction keeps it (until it expires). Undefined when it
 * was not there any more: a concurrent request used it first (the module answers NOT_FOUND).
 * Delete its bytes with `deleteConsumedBytes` after the commit.
 */
export async function consumeUpload(
  tx: Tx,
  caller: { companyId: string; userId: string },
  fileId: string,
): Promise<ConsumedUpload | undefined> {
  if (!isUuid(fileId)) return undefined;
  const row = await deleteUnattached(tx, caller.companyId, fileId, caller.userId);
  return row && { companyId: row.companyId, id: row.id, hasThumbnail: row.hasThumbnail };
}

/** The bytes of a consumed upload, after its transaction committed (a crash before leaves bytes no row names). */
export async function deleteConsumedBytes(storage: FileStorage, consumed: ConsumedUpload): Promise<void> {
  await storage.delete(consumed.companyId, keysOf(consumed));
}
