// Every table of every module, for drizzle-kit and for typed queries.

export * from '../files/files.schema.js';
export * from '../modules/activities/activities.schema.js';
export * from '../modules/audits/audits.schema.js';
export * from '../modules/auth/auth.schema.js';
export * from '../modules/change-log/change-log.schema.js';
export * from '../modules/companies/companies.schema.js';
export * from '../modules/complaints/complaints.schema.js';
export * from '../modules/estates/estates.schema.js';
export * from '../modules/facility-checks/facility-checks.schema.js';
export * from '../modules/fees/fees.schema.js';
export * from '../modules/figures/figures.schema.js';
export * from '../modules/idempotency/idempotency.schema.js';
export * from '../modules/incidents/incidents.schema.js';
export * from '../modules/indicators/indicators.schema.js';
export * from '../modules/notifications/notifications.schema.js';
export * from '../modules/regions/regions.schema.js';
export * from '../modules/repair-reports/repair-reports.schema.js';
export * from '../modules/rosters/rosters.schema.js';
export * from '../modules/staff/staff.schema.js';
export * from '../modules/surveys/surveys.schema.js';
export * from '../modules/team/team.schema.js';
export * from '../modules/users/users.schema.js';
export * from '../modules/work-orders/work-orders.schema.js';
