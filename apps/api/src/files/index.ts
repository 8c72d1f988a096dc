// The file service's public surface: routes for the composition root, the attach hook and the
// expiry for other modules and jobs, the tables for db/schema.ts.
export { ACCEPTED, MAX_UPLOAD_BYTES, THUMBNAIL_SIZE } from './files.content.js';
export { filesRouter } from './files.routes.js';
export { fileBlobs, files } from './files.schema.js';
export {
  type AttachmentReader,
  attachFile,
  deleteExpiredUploads,
  type FileCaller,
  type FileInfo,
  registerAttachmentReader,
} from './files.service.js';
export { type FileStorage, postgresStorage, s3Storage, storageFor } from './files.storage.js';
export { UNATTACHED_TTL_MS } from './files.store.js';
