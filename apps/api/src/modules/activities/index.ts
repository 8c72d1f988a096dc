/** The activities module's public surface (issue 11 item 5): community activities and the special-services menu. */
export {
  activitySource,
  registerActivityIndicatorSources,
  specialServicesSource,
} from './activities.indicators.js';
export { ActivityResolver } from './activities.resolver.js';
export * from './activities.schema.js';
