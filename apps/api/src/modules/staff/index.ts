/**
 * The staff module's public surface (issue 10): members of an estate's team, their certificates
 * and training records, and the cipher of personal data at rest.
 */

export {
  onStaffRecordsChanged,
  type StaffRecordsChange,
  type StaffRecordsListener,
} from './staff.changes.js';
export {
  embeddedKeyFile,
  type PersonalDataCipher,
  personalDataCipher,
  personalDataKeyFor,
  publicPersonalDataCipher,
} from './staff.crypto.js';
export { StaffResolver } from './staff.resolver.js';
export * from './staff.schema.js';
export { seedDemoStaff } from './staff.seed.js';
export { StaffCertificate, StaffMember, StaffTraining } from './staff.types.js';
