/**
 * Hostile text through every operation (issue 7, §1.5): for each query, mutation and subscription
 * of the schema with a string anywhere in its arguments (found by introspection, so a new operation
 * is covered without being listed), NUL, a control character, a bidirectional override and a string
 * as long as a request body can carry (just under its 1 MB limit) are each answered with BAD_USER_INPUT naming the field, never INTERNAL_SERVER_ERROR, and
 * nothing is written anywhere.
 */
import { randomUUID } from 'node:crypto';
import {
  buildClientSchema,
  GraphQLEnumType,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  type IntrospectionQuery,
  isLeafType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codeOf,
  collect,
  type GqlResult,
  startTestKit,
  type TestCompany,
  type TestKit,
  type TestUser,
} from './kit.js';
import { fingerprint } from './schema-roles.js';

type Kind = 'query' | 'mutation' | 'subscription';

/** One place a string can be sent: an operation, and the path to the string in its arguments. */
interface Target {
  kind: Kind;
  field: GraphQLField<unknown, unknown>;
  /** Argument name, then input field names; `[]` marks a list item. */
  path: string[];
  scalar: string;
}

/**
 * The longest string one request can carry: 16 KiB under the 1 MiB body limit leaves room for the
 * document and the other variables (a larger body is refused 413 before GraphQL: security-http).
 */
const ALMOST_1MB = 'x'.repeat(1024 * 1024 - 16 * 1024);

const HOSTILE: Record<string, string> = {
  NUL: 'probe\u0000evil',
  control: 'probe\u0007evil',
  bidi: 'probe\u202Eevil',
  'almost 1 MB': ALMOST_1MB,
};

let kit: TestKit;
let co: TestCompany;
let admin: TestUser;
let schema: GraphQLSchema;
let targets: Target[];

function stringTargets(s: GraphQLSchema): Target[] {
  const out: Target[] = [];
  const walk = (
    kind: Kind,
    field: GraphQLField<unknown, unknown>,
    type: GraphQLInputType,
    path: string[],
    seen: Set<string>,
  ) => {
    let t = type;
    if (t instanceof GraphQLNonNull) t = t.ofType;
    if (t instanceof GraphQLList) return walk(kind, field, t.ofType, [...path, '[]'], seen);
    if (t instanceof GraphQLScalarType) {
      if (!['Int', 'Float', 'Boolean'].includes(t.name)) out.push({ kind, field, path, scalar: t.name });
      return;
    }
    if (t instanceof GraphQLInputObjectType && !seen.has(t.name)) {
      for (const f of Object.values(t.getFields()))
        walk(kind, field, f.type, [...path, f.name], new Set([...seen, t.name]));
    }
  };
  const roots: [Kind, ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['query', s.getQueryType()],
    ['mutation', s.getMutationType()],
    ['subscription', s.getSubscriptionType()],
  ];
  for (const [kind, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const arg of field.args) walk(kind, field, arg.type, [arg.name], new Set());
    }
  }
  return out;
}

/** Plausible text for a field, so that only the hostile value is wrong. */
function textFor(name: string): string {
  if (/month|^from$|^to$/i.test(name)) return '2024-01';
  if (name === 'period') return '2024';
  return 'x';
}

/** A value GraphQL accepts for `type`: only what is required, plus the target's branch. */
function sample(type: GraphQLInputType, branch: string[] | null, hostile: string, name = ''): unknown {
  let t = type;
  if (t instanceof GraphQLNonNull) t = t.ofType;
  if (t instanceof GraphQLList) {
    return [sample(t.ofType, branch?.[0] === '[]' ? branch.slice(1) : null, hostile, name)];
  }
  if (branch && branch.length === 0) return hostile;
  if (t instanceof GraphQLScalarType) {
    switch (t.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'ID':
        return randomUUID();
      case 'Date':
        return '2024-01-01';
      case 'DateTime':
        return '2024-01-01T00:00:00Z';
      default:
        return textFor(name);
    }
  }
  if (t instanceof GraphQLEnumType) return t.getValues()[0]!.value;
  const input = t as GraphQLInputObjectType;
  const out: Record<string, unknown> = {};
  for (const f of Object.values(input.getFields())) {
    const onBranch = branch?.[0] === f.name;
    if (onBranch || f.type instanceof GraphQLNonNull)
      out[f.name] = sample(f.type, onBranch ? branch!.slice(1) : null, hostile, f.name);
  }
  return out;
}

function operation(target: Target, hostile: string): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const args: string[] = [];
  for (const arg of target.field.args) {
    const onBranch = arg.name === target.path[0];
    if (!onBranch && !(arg.type instanceof GraphQLNonNull)) continue;
    variables[arg.name] = sample(arg.type, onBranch ? target.path.slice(1) : null, hostile, arg.name);
    defs.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const selection = isLeafType(getNamedType(target.field.type)) ? '' : ' { __typename }';
  const query = `${target.kind}(${defs.join(', ')}) { ${target.field.name}(${args.join(', ')})${selection} }`;
  return { query, variables };
}

/** The field the target names: the last input field name on its path. */
const fieldName = (target: Target) => target.path.filter((p) => p !== '[]').at(-1)!;

interface Problem {
  path: (string | number)[];
  reason: string;
  params?: Record<string, unknown>;
}
const problemsOf = (res: GqlResult) => (res.errors?.[0]?.extensions?.fields ?? []) as Problem[];

beforeAll(async () => {
  kit = await startTestKit();
  co = await kit.company();
  admin = await co.user('COMPANY_ADMIN');
  const res = await kit.gql(admin.token, getIntrospectionQuery());
  expect(codeOf(res)).toBe('OK');
  schema = buildClientSchema(res.data as unknown as IntrospectionQuery);
  targets = stringTargets(schema);
}, 60_000);

afterAll(() => kit?.close());

describe('hostile text in every string argument and input field', () => {
  it('finds the string inputs of the schema by introspection', () => {
    const names = new Set(targets.map((t) => `${t.field.name}(${t.path.join('.')})`));
    // Spot checks that the walk reaches top-level arguments, nested inputs and list items.
    expect(names).toContain('users(filter.search)');
    expect(names).toContain('createRegion(input.name)');
    expect(names).toContain('saveMonthlyFigures(input.figures.[].note)');
    expect(names).toContain('createUser(input.memberships.[].estateIds.[])');
    expect(names).toContain('estateChanged(regionId)');
    expect(targets.length).toBeGreaterThan(60);
  });

  for (const [label, hostile] of Object.entries(HOSTILE)) {
    it(`${label}: BAD_USER_INPUT naming the field over HTTP, and nothing stored`, async () => {
      const before = await fingerprint(kit);
      const offenders: string[] = [];
      for (const target of targets.filter((t) => t.kind !== 'subscription')) {
        const { query, variables } = operation(target, hostile);
        const res = await kit.gql(admin.token, query, variables);
        const code = codeOf(res);
        const named = problemsOf(res).some((p) => p.path.includes(fieldName(target)));
        // Custom scalars (Date) refuse malformed values themselves, naming the field in the message.
        const namedByScalar =
          target.scalar !== 'String' &&
          target.scalar !== 'ID' &&
          res.errors?.[0]?.message.includes(fieldName(target));
        if (code !== 'BAD_USER_INPUT' || !(named || namedByScalar)) {
          offenders.push(
            `${target.field.name}(${target.path.join('.')}): ${code} ${JSON.stringify(res.errors?.[0]?.extensions?.fields ?? res.errors?.[0]?.message)?.slice(0, 200)}`,
          );
        }
      }
      expect(offenders).toEqual([]);
      expect(await fingerprint(kit)).toEqual(before);
    }, 120_000);
  }

  it('subscriptions over WebSocket refuse hostile arguments with BAD_USER_INPUT', async () => {
    const client = kit.ws(admin.token);
    const subscriptions = targets.filter((t) => t.kind === 'subscription');
    expect(subscriptions.length).toBeGreaterThan(0);
    for (const target of subscriptions) {
      for (const hostile of [HOSTILE.NUL!, HOSTILE.bidi!, 'x'.repeat(10_000)]) {
        const { query, variables } = operation(target, hostile);
        const sub = collect(client, query, variables);
        await sub.waitFor(1);
        sub.dispose();
        const errors = sub.errors.flat() as { extensions?: { code?: string; fields?: Problem[] } }[];
        expect(errors[0]?.extensions?.code, `${target.field.name}(${target.path.join('.')})`).toBe(
          'BAD_USER_INPUT',
        );
        expect(errors[0]?.extensions?.fields?.[0]?.path).toContain(fieldName(target));
      }
    }
  });
});

describe('the cases found from outside', () => {
  const CREATE_REGION = 'mutation($input: CreateRegionInput!) { createRegion(input: $input) { id name } }';

  it('createRegion with "probe\\u0007\\u202Eevil" is refused on the name and stores nothing', async () => {
    const before = await fingerprint(kit);
    const res = await kit.gql(admin.token, CREATE_REGION, {
      input: { name: 'probe\u0007\u202Eevil', code: 'PROBE-1' },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual([
      expect.objectContaining({ path: ['name'], reason: 'CONTROL_CHARACTERS', params: { char: 'U+0007' } }),
    ]);
    expect(await fingerprint(kit)).toEqual(before);
  });

  it('a bidi override alone in a name is refused (it makes a name read differently)', async () => {
    const res = await kit.gql(admin.token, CREATE_REGION, {
      input: { name: 'abc\u202Edef', code: 'PROBE-2' },
    });
    expect(problemsOf(res)).toEqual([
      expect.objectContaining({ path: ['name'], reason: 'CONTROL_CHARACTERS', params: { char: 'U+202E' } }),
    ]);
  });

  it('a control character written as a literal in the document is refused as well', async () => {
    const res = await kit.gql(
      admin.token,
      'mutation { createRegion(input: { name: "probe\\u0000evil", code: "PROBE-3" }) { id } }',
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)[0]).toMatchObject({
      path: ['name'],
      reason: 'CONTROL_CHARACTERS',
      params: { char: 'U+0000' },
    });
  });

  it('a tab or newline in a one-line name is refused by its schema, a newline in a reason is kept', async () => {
    const res = await kit.gql(admin.token, CREATE_REGION, { input: { name: 'a\tb', code: 'PROBE-4' } });
    expect(problemsOf(res)[0]).toMatchObject({
      path: ['name'],
      reason: 'CONTROL_CHARACTERS',
      params: { char: 'U+0009' },
    });
  });

  it('users(filter: {search: almost 1 MB}) is answered at once with BAD_USER_INPUT and the maximum', async () => {
    const started = performance.now();
    const res = await kit.gql(admin.token, 'query($f: UserFilter) { users(filter: $f) { totalCount } }', {
      f: { search: ALMOST_1MB },
    });
    const ms = performance.now() - started;
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual([
      expect.objectContaining({ path: ['filter', 'search'], reason: 'TOO_LONG', params: { max: 2000 } }),
    ]);
    // The search never reaches SQL: far below the 8 s it cost on the embedded database.
    expect(ms).toBeLessThan(2000);
  });

  it('a search above its own maximum (100) but below the net is refused by the module schema', async () => {
    const res = await kit.gql(admin.token, 'query($f: UserFilter) { users(filter: $f) { totalCount } }', {
      f: { search: 'x'.repeat(101) },
    });
    expect(problemsOf(res)).toEqual([
      expect.objectContaining({ path: ['filter', 'search'], reason: 'TOO_LONG', params: { max: 100 } }),
    ]);
  });

  it('a hostile mutation over WebSocket is refused like over HTTP and stores nothing', async () => {
    const before = await fingerprint(kit);
    const client = kit.ws(admin.token);
    const result = await new Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>(
      (resolve, reject) => {
        client.subscribe(
          { query: CREATE_REGION, variables: { input: { name: 'probe\u0007\u202Eevil', code: 'PROBE-WS' } } },
          { next: (v) => resolve(v as never), error: reject, complete: () => undefined },
        );
      },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((result.errors?.[0]?.extensions?.fields as Problem[] | undefined)?.[0]).toMatchObject({
      path: ['name'],
      reason: 'CONTROL_CHARACTERS',
    });
    expect(await fingerprint(kit)).toEqual(before);
  });

  it('a wrong type (a number where a string is expected) is refused by GraphQL before any resolver', async () => {
    const viaVariable = await kit.gql(admin.token, CREATE_REGION, {
      input: { name: 12345, code: 'PROBE-5' },
    });
    expect(codeOf(viaVariable)).toBe('BAD_USER_INPUT');
    expect(viaVariable.errors?.[0]?.message).toContain('name');
    const literal = await kit.gql(
      admin.token,
      'mutation { createRegion(input: { name: 12345, code: "PROBE-6" }) { id } }',
    );
    expect(codeOf(literal)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a malformed id still names no object: NOT_FOUND, not BAD_USER_INPUT', async () => {
    const res = await kit.gql(admin.token, 'query($id: ID!) { estate(id: $id) { id } }', {
      id: 'not-a-uuid',
    });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(co.estates.length).toBeGreaterThan(0);
  });
});
