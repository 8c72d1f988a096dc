import type { Jobs } from '../../jobs/index.js';
import type { AppServices } from '../../lib/services.js';
import { defineDriftJobs } from './jobs.drift.js';
import { defineReminderJobs } from './jobs.reminder.js';

/** Every job of the module (drift check, monthly reminder), defined before the queue starts. */
export function defineModuleJobs(jobs: Jobs, services: () => AppServices): void {
  defineDriftJobs(jobs, services);
  defineReminderJobs(jobs, services);
}
