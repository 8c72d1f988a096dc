/** Estate teams: shift patterns, rosters generated from them, single-day edits and coverage checks. */
export * from './coverage.js';
export * from './crews.js';
export { datesBetween, daysBetween, monthBounds, periodBounds } from './dates.js';
export * from './labels.js';
export * from './roster.js';
export * from './roster-edits.js';
export * from './shifts.js';
