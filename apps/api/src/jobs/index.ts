/** The durable job queue: define jobs, send them for a company, list a company's failures. */
export { type FailedJob, type JobContext, type JobDefinition, Jobs, type SendOptions } from './queue.js';
