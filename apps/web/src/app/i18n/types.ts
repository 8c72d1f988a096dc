/** The shape of a translation with every text widened to string: what the English side must match. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
