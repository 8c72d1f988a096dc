/**
 * The team module's public surface (issue 10, first slice): an estate's departments and positions,
 * the built-in 16-person staffing template and the company's own staffing templates. Staff,
 * certificates and rosters build on these tables.
 */
export { TeamResolver } from './team.resolver.js';
export * from './team.schema.js';
export { toDepartment, toPosition } from './team.service.js';
export {
  findPosition,
  insertDepartments,
  insertPositions,
  listDepartments,
  listPositions,
} from './team.store.js';
export { applyStaffingTemplate } from './team.templates.service.js';
export { CertificateKindEnum, Department, Position, ShiftPatternEnum } from './team.types.js';
