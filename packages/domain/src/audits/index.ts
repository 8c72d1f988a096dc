/** Quality audits: kinds, departments, template contents, answers and grade bands. */
export * from './types.js';
