import {
  DeleteObjectsCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { and, eq, inArray } from 'drizzle-orm';
import type { Config } from '../config.js';
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

/** S3-compatible object storage: one object per key under `<company id>/`. */
export function s3Storage(config: NonNullable<Config['s3']>): FileStorage & { close(): void } {
  const client = new S3Client({
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
  });
  const Bucket = config.bucket;
  const objectKey = (companyId: string, key: string) => `${companyId}/${key}`;
  return {
    kind: 's3',
    put: async (companyId, key, data) => {
      await client.send(new PutObjectCommand({ Bucket, Key: objectKey(companyId, key), Body: data }));
    },
    get: async (companyId, key) => {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(companyId, key) }));
        return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : null;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    delete: async (companyId, keys) => {
      if (keys.length === 0) return;
      await client.send(
        new DeleteObjectsCommand({
          Bucket,
          Delete: { Objects: keys.map((key) => ({ Key: objectKey(companyId, key) })), Quiet: true },
        }),
      );
    },
    close: () => client.destroy(),
  };
}

/** S3 when configured, else PostgreSQL. */
export function storageFor(config: Config, database: Database): FileStorage & { close?(): void } {
  return config.s3 ? s3Storage(config.s3) : postgresStorage(database);
}
