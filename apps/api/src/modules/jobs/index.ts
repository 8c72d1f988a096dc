/** The jobs module's public surface: what a company admin sees of the job queue. */

export {
  checkDrift,
  checkReadModel,
  DRIFT_CHECK,
  type Drift,
  defineModuleJobs,
  NIGHTLY_DRIFT_CHECK,
  sendDriftChecks,
} from './jobs.drift.js';
export { JobResolver } from './jobs.resolver.js';
export { FailedJob } from './jobs.types.js';
