/** Quality audits: kinds, departments, template contents, answers, grade bands, scoring, workflow and the default templates. */
export * from './dates.js';
export * from './scoring.js';
export * from './templates/index.js';
export * from './types.js';
export * from './workflow.js';
