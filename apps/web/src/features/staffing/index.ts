/** What the rest of the web app uses of the staffing feature: the comparison cell's drill-down. */
export { StaffingDrillDown } from './StaffingDrillDown';
