/**
 * The rosters module's public surface (issue 10): month rosters by department and their days,
 * the resolver, and the demo seeding.
 */
export { RosterResolver } from './rosters.resolver.js';
export * from './rosters.schema.js';
export { seedDemoRosters } from './rosters.seed.js';
