/** A GraphQL enum object from a domain list of values (`['A', 'B']` → `{ A: 'A', B: 'B' }`). */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
