/** The jobs module's public surface: what a company admin sees of the job queue. */
export { JobResolver } from './jobs.resolver.js';
export { FailedJob } from './jobs.types.js';
