/** Estate teams: departments, the 16-person staffing template, and the rules of staff records. */

export * from './compliance.js';
export * from './departments.js';
export * from './people.js';
export * from './template.js';
