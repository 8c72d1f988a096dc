export * from './catalogue.js';
export * from './formulas.js';
export * from './periods.js';
export * from './targets.js';
