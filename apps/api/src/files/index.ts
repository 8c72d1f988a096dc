// The file service's public surface: routes for the composition root, the hooks other modules use
// (attach an upload to a record, read and consume an upload, store a generated file), the expiry
// and its jobs, the tables for db/schema.ts.
export { ACCEPTED, MAX_UPLOAD_BYTES, THUMBNAIL_SIZE } from './files.content.js';
export { defineFileJobs, EXPIRE_FILES, HOURLY_FILE_EXPIRY, sendFileExpiries } from './files.jobs.js';
export { filesRouter, receiveUpload, sendError } from './files.routes.js';
export { fileBlobs, files } from './files.schema.js';
export {
  type AttachmentReader,
  attachFile,
  type ConsumedUpload,
  consumeUpload,
  deleteConsumedBytes,
  deleteExpiredUploads,
  type FileCaller,
  type FileInfo,
  readOwnUpload,
  registerAttachmentReader,
  storeGeneratedFile,
  storeUpload,
} from './files.service.js';
export { type FileStorage, postgresStorage, s3Storage, storageFor } from './files.storage.js';
export { UNATTACHED_TTL_MS } from './files.store.js';
