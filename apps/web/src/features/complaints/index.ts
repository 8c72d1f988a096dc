/** What the rest of the web app uses of the complaints feature: the comparison cell's drill-down. */
export { CareDrillDown } from './ComplaintDrillDown';
