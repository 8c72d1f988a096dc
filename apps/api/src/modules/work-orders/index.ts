/**
 * The work-orders module's public surface (issue 11 item 1): the tables, the resolver, the breach
 * jobs and hooks the composition root registers, and what tests and later slices (the indicator
 * source, the QR report, the demo) build on.
 */
export {
  canReadWorkOrder,
  timeZoneOf,
  toWorkOrders,
  workOrderSubject,
} from './work-orders.access.js';
export {
  announceNewWorkOrder,
  insertNewWorkOrder,
  type NewOrderFacts,
} from './work-orders.create.js';
export { registerWorkOrderHooks } from './work-orders.hooks.js';
export {
  monthInstants,
  recomputeRepairIndicators,
  registerWorkOrderIndicatorSources,
  repairIndicatorRows,
  repairIndicatorSources,
} from './work-orders.indicators.js';
export {
  defineWorkOrderJobs,
  flagBreaches,
  runBreachCheck,
  scheduleBreachChecks,
  sendBreachSweeps,
  WORK_ORDER_BREACH,
  WORK_ORDER_BREACH_SWEEP,
  type WorkOrderBreachData,
} from './work-orders.jobs.js';
export { WorkOrderResolver } from './work-orders.resolver.js';
export * from './work-orders.schema.js';
/** For the demo seeders and the QR reports: orders, numbered after the estate's last, and departments. */
/** For the answer cache: are a cached board's or list's orders still as they were? */
export {
  departmentOf,
  estateOrderVersions,
  findWorkOrder,
  insertWorkOrder,
  staffDepartmentOf,
} from './work-orders.store.js';
export {
  CallbackSatisfactionEnum,
  WorkOrder,
  WorkOrderCategoryEnum,
  WorkOrderDepartment,
  WorkOrderStatusEnum,
} from './work-orders.types.js';
