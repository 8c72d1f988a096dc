/** Quality audits: kinds, departments, template contents, answers and grade bands; the default templates. */
export * from './templates/index.js';
export * from './types.js';
