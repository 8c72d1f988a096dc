/** The rosters module's public surface (issue 10): month rosters by department and their days. */
export * from './rosters.schema.js';
