/**
 * The weighted cost: weights and page sizes, with the variables; a document whose cost no variable
 * changes is costed once, one whose page size is a variable every time.
 */
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkCost, operationCost } from './cost.js';

const schema = buildSchema(`
  type Estate { id: ID! name: String }
  type EstateEdge { node: Estate }
  type EstateConnection { edges: [EstateEdge!]! }
  type Matrix { period: String }
  type Query {
    estates(first: Int): EstateConnection!
    comparisonMatrix: Matrix
  }
`);

describe('operationCost', () => {
  it('weighs heavy fields and multiplies a connection by its page size', () => {
    const doc = parse('{ comparisonMatrix { period } estates(first: 10) { edges { node { id } } } }');
    // 1000 for the matrix; the connection: 1 + 10 × (edges 1 + node 1).
    expect(operationCost(schema, doc, null, {})).toBe(1000 + 1 + 10 * 2);
  });

  it('costs a document again for every page size its variables ask for', () => {
    const doc = parse('query($n: Int) { estates(first: $n) { edges { node { id } } } }');
    expect(checkCost(schema, doc, null, { n: 2 }, 10)).toBeNull();
    expect(checkCost(schema, doc, null, { n: 50 }, 10)?.extensions.code).toBe('COST_LIMIT_EXCEEDED');
    expect(checkCost(schema, doc, null, { n: 2 }, 10)).toBeNull();
  });

  it('answers a fixed document alike every time, within and over the limit', () => {
    const doc = parse('{ comparisonMatrix { period } }');
    for (let i = 0; i < 3; i++) {
      expect(checkCost(schema, doc, null, {}, 5000)).toBeNull();
      expect(checkCost(schema, doc, null, {}, 999)?.extensions).toMatchObject({ cost: 1000, maxCost: 999 });
    }
    // Another operation of the same document is costed on its own.
    const two = parse(
      'query A { comparisonMatrix { period } } query B { estates(first: 1) { edges { node { id } } } }',
    );
    expect(checkCost(schema, two, 'A', {}, 10)?.extensions.code).toBe('COST_LIMIT_EXCEEDED');
    expect(checkCost(schema, two, 'B', {}, 10)).toBeNull();
  });
});
