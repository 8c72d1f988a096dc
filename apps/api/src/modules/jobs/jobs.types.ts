import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType({ description: 'A background job of the company that failed after all its retries.' })
export class FailedJob {
  @Field(() => ID, { description: 'Job id.' })
  id!: string;

  @Field(() => String, { description: 'The kind of job, e.g. figures.drift-check.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The error message of the last attempt.' })
  error!: string | null;

  @Field(() => Int, { description: 'Retries made after the first attempt.' })
  retryCount!: number;

  @Field(() => DateTimeScalar, { description: 'When the job was queued.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last attempt failed.' })
  failedAt!: Date | null;
}
