/**
 * The notifications module's public surface: send notifications to users of a company (`notify`
 * in the sender's transaction, `announce` after it committed), and the recipient's GraphQL.
 */

export { NotificationResolver } from './notifications.resolver.js';
export { type NotificationRow, notifications } from './notifications.schema.js';
export { announce, type NewNotification, notify } from './notifications.service.js';
export { Notification } from './notifications.types.js';
