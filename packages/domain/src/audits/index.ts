/** Quality audits: kinds, departments, template contents, answers, grade bands and scoring. */
export * from './scoring.js';
export * from './types.js';
