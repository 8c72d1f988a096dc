/** The change trail's public surface: its table and the writer every use case records through. */
export { changeLog } from './change-log.schema.js';
export { type ChangeEntry, writeChangeLog } from './change-log.store.js';
