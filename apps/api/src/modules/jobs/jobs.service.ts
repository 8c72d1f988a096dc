import { subject } from '@casl/ability';
import { type Context, requireTenant } from '../../graphql/context.js';
import type { FailedJob } from '../../jobs/index.js';
import { forbidden } from '../../lib/errors.js';

/** The caller's company's failed jobs (company admins: they manage the company). */
export async function listFailedJobs(ctx: Context): Promise<FailedJob[]> {
  const caller = requireTenant(ctx);
  const company: Record<string, unknown> = { id: caller.companyId };
  if (!caller.ability.can('update', subject('Company', company))) throw forbidden();
  return ctx.services.jobs.failedJobs(caller.companyId);
}
