/**
 * The staff module's public surface (issue 10): members of an estate's team, their certificates
 * and training records.
 */
export * from './staff.schema.js';
