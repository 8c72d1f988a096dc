import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { files } from './files.schema.js';

export type FileRow = typeof files.$inferSelect;

/** Unattached uploads are kept this long; after it they are ignored and then deleted. */
export const UNATTACHED_TTL_MS = 24 * 60 * 60 * 1000;

export async function insertFile(tx: Tx, row: typeof files.$inferInsert): Promise<FileRow> {
  const [created] = await tx.insert(files).values(row).returning();
  return created!;
}

export async function findFile(tx: Tx, companyId: string, id: string): Promise<FileRow | undefined> {
  const [row] = await tx
    .select()
    .from(files)
    .where(and(eq(files.companyId, companyId), eq(files.id, id)));
  return row;
}

/** Marks a file as belonging to a record; only an unattached file (or one already on it) moves. */
export async function setAttachment(
  tx: Tx,
  companyId: string,
  id: string,
  target: { type: string; id: string },
  now: Date,
): Promise<FileRow | undefined> {
  const [row] = await tx
    .update(files)
    .set({ attachedType: target.type, attachedId: target.id, attachedAt: now })
    .where(and(eq(files.companyId, companyId), eq(files.id, id), isNull(files.attachedId)))
    .returning();
  return row;
}

/**
 * Deletes one unattached upload of `uploadedBy` (a module consumed it); returns the row, or
 * undefined when there was none (another request consumed or attached it first).
 */
export async function deleteUnattached(
  tx: Tx,
  companyId: string,
  id: string,
  uploadedBy: string,
): Promise<FileRow | undefined> {
  const [row] = await tx
    .delete(files)
    .where(
      and(
        eq(files.companyId, companyId),
        eq(files.id, id),
        eq(files.uploadedBy, uploadedBy),
        isNull(files.attachedId),
      ),
    )
    .returning();
  return row;
}

/** Deletes the company's unattached uploads older than a day; returns the deleted rows. */
export async function deleteExpiredRows(tx: Tx, companyId: string, now: Date): Promise<FileRow[]> {
  return tx
    .delete(files)
    .where(
      and(
        eq(files.companyId, companyId),
        isNull(files.attachedId),
        lt(files.createdAt, new Date(now.getTime() - UNATTACHED_TTL_MS)),
      ),
    )
    .returning();
}
