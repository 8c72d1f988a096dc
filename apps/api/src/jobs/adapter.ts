import type { Database } from '../db/client.js';

/** What pg-boss needs of a database: `executeSql(text, values)` answering `{ rows }`. */
export interface BossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss on the app's own connection(s) rather than a second pool: the postgres.js pool on
 * PostgreSQL, the single in-process connection on PGlite. pg-boss sends its schema and locks as
 * multi-statement text without parameters (`BEGIN; …; COMMIT;`), which must go through the simple
 * protocol (`exec` on PGlite, `.simple()` on postgres.js); everything else is one parameterised
 * statement. No pg-boss statement waits on application work, so PGlite's one connection is only
 * ever held for a statement, never across a job.
 */
export function bossDb(database: Database): BossDb {
  if (database.kind === 'pglite') {
    const pglite = database.pglite!;
    return {
      async executeSql(text, values) {
        if (!values?.length) {
          const results = await pglite.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        }
        return { rows: (await pglite.query(text, values)).rows };
      },
    };
  }
  const sql = database.postgres!;
  return {
    async executeSql(text, values) {
      if (!values?.length) {
        // postgres.js refuses BEGIN on a pooled connection: the text runs on one reserved for it.
        const reserved = await sql.reserve();
        let result: unknown;
        try {
          result = await reserved.unsafe(text).simple();
        } finally {
          reserved.release();
        }
        // Several statements answer one result per statement; pg-boss reads the last one's rows.
        const last = Array.isArray(result) && Array.isArray(result.at(-1)) ? result.at(-1) : result;
        return { rows: Array.isArray(last) ? [...last] : [] };
      }
      return { rows: [...(await sql.unsafe(text, values.map(asParameter) as never[]))] };
    },
  };
}

/** As node-postgres sends them (pg-boss is written for it): plain objects as JSON text. */
function asParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || value instanceof Date || Buffer.isBuffer(value) || Array.isArray(value)) return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}
