/** Quality audits: kinds, departments, template contents, answers, grade bands, scoring and the default templates. */
export * from './scoring.js';
export * from './templates/index.js';
export * from './types.js';
