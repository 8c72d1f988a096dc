import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { withTenant } from '../db/tenant.js';
import { fileBlobs } from './files.schema.js';

/**
 * Where the bytes of files live, by company and key. The metadata (`files`) is always in
 * PostgreSQL; the bytes go to a backend behind this interface.
 */
export interface FileStorage {
  readonly kind: 'postgres' | 's3';
  put(companyId: string, key: string, data: Buffer): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(companyId: string, key: string): Promise<Buffer | null>;
  delete(companyId: string, keys: readonly string[]): Promise<void>;
}

/** The embedded default: bytes in the `file_blobs` table, under the company's row-level security. */
export function postgresStorage(database: Database): FileStorage {
  return {
    kind: 'postgres',
    put: (companyId, key, data) =>
      withTenant(database, companyId, async (tx) => {
        await tx
          .insert(fileBlobs)
          .values({ companyId, key, data })
          .onConflictDoUpdate({ target: [fileBlobs.companyId, fileBlobs.key], set: { data } });
      }),
    get: (companyId, key) =>
      withTenant(database, companyId, async (tx) => {
        const [row] = await tx
          .select({ data: fileBlobs.data })
          .from(fileBlobs)
          .where(and(eq(fileBlobs.companyId, companyId), eq(fileBlobs.key, key)));
        return row?.data ?? null;
      }),
    delete: async (companyId, keys) => {
      if (keys.length === 0) return;
      await withTenant(database, companyId, async (tx) => {
        await tx
          .delete(fileBlobs)
          .where(and(eq(fileBlobs.companyId, companyId), inArray(fileBlobs.key, [...keys])));
      });
    },
  };
}
