/** What the rest of the web app uses of the repair reports feature: the comparison cell's drill-down. */
export { WorkOrderDrillDown } from './WorkOrderDrillDown';
