import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

export { DateTimeResolver as DateTimeScalar };

/** A calendar date `YYYY-MM-DD` (contract periods, rosters): no time, no zone. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
});

const JUDGEMENTS: ReadonlySet<unknown> = new Set(['MET', 'MISSED', 'NO_DATA', 'NO_TARGET']);

/**
 * An output-only list of one scalar per indicator column of the comparison heat map. A list
 * scalar, not `[Float]`: the same JSON, but GraphQL execution hands the array over as it is
 * instead of completing its 29 values one by one for each of 500 estates (58,000 values a
 * matrix, most of the API's cost of an answer not yet cached; `./scripts/bench/run
 * --suite=comparison`, matrix-fresh).
 */
function columnsScalar(name: string, description: string, valid: (value: unknown) => boolean) {
  return new GraphQLScalarType<unknown[], unknown[]>({
    name,
    description,
    serialize(value) {
      // Checked whole where graphql-js serialises; compiled reads hand the array over (jit.ts).
      if (!Array.isArray(value) || !value.every(valid)) throw new TypeError(`${name}: not a list of columns`);
      return value;
    },
    parseValue() {
      throw new TypeError(`${name} is output only`);
    },
    parseLiteral() {
      throw new TypeError(`${name} is output only`);
    },
  });
}

export const NumberColumnsScalar = columnsScalar(
  'NumberColumns',
  'One number or null per indicator column, in the order of the indicators.',
  (v) => v === null || (typeof v === 'number' && Number.isFinite(v)),
);

export const JudgementColumnsScalar = columnsScalar(
  'JudgementColumns',
  'One judgement (MET, MISSED, NO_DATA, NO_TARGET) per indicator column, in order.',
  (v) => JUDGEMENTS.has(v),
);
