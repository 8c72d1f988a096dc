/** What the rest of the web app uses of the operations feature: the comparison cell's drill-down. */
export { OpsDrillDown } from './OpsDrillDown';
