/** What the rest of the web app uses of the work-orders feature: who may open its pages. */
export { canOpenWorkOrders } from './access';
