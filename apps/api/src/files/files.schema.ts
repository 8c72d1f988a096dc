import { sql } from 'drizzle-orm';
import { customType, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns } from '../db/columns.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

// Foreign keys to companies are added in the custom migration (0010): importing the companies
// module here would make the schema depend on its resolvers.

/**
 * One uploaded file: who uploaded it, what its bytes are (checked, not claimed), and the record it
 * is attached to (null until a module attaches it; unattached uploads expire after a day).
 */
export const files = pgTable(
  'files',
  {
    ...tenantColumns(),
    uploadedBy: uuid('uploaded_by').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    /** Whether a thumbnail was stored beside the content (photos only). */
    hasThumbnail: integer('has_thumbnail').notNull().default(0),
    /** The subject type (e.g. 'Audit') and id of the record the file belongs to. */
    attachedType: text('attached_type'),
    attachedId: uuid('attached_id'),
    attachedAt: timestamp('attached_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.id] }),
    index('files_attached_idx').on(t.companyId, t.attachedType, t.attachedId),
    index('files_unattached_idx').on(t.companyId, t.createdAt).where(sql`attached_id is null`),
  ],
);

/** The bytes of files when PostgreSQL is the storage (the default): one row per stored object. */
export const fileBlobs = pgTable(
  'file_blobs',
  {
    companyId: uuid('company_id').notNull(),
    key: text('key').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.key] })],
);
