/** The jobs module’s operations: who may run each, and a runnable sample (see permission-matrix.test.ts). */
import { expect } from 'vitest';
import { ADMIN_ONLY, type Entry } from './harness.js';

export const jobsPermissions: Record<string, Entry> = {
  failedJobs: {
    // Company admins only: a job's error can name any estate of the company.
    allowed: ADMIN_ONLY,
    sample: () => ({ query: `query { failedJobs { id name error retryCount createdAt failedAt } }` }),
    check: (_role, data) => expect(Array.isArray(data.failedJobs)).toBe(true),
  },
};
