import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

export { DateTimeResolver as DateTimeScalar };

/** A calendar date `YYYY-MM-DD` (contract periods, rosters): no time, no zone. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
});
