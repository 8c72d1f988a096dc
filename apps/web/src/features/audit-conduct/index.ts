/** What the rest of the web app uses of the audit form: the background sync of waiting answers. */
export { OutboxBackgroundSync } from './OutboxBackgroundSync';
