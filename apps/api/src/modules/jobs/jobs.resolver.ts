import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import * as service from './jobs.service.js';
import { FailedJob } from './jobs.types.js';

@Resolver(() => FailedJob)
export class JobResolver {
  @Query(() => [FailedJob], {
    description: 'Failed background jobs of the company, newest first (company admin).',
  })
  failedJobs(@Ctx() ctx: Context) {
    return service.listFailedJobs(ctx);
  }
}
