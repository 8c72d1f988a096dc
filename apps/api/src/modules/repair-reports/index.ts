/** The residents' repair reports by QR code (issue 11 item 2): resolver, public photo route, tables. */
export { RepairReportResolver } from './repair-reports.resolver.js';
export { publicRepairRouter } from './repair-reports.routes.js';
export * from './repair-reports.schema.js';
