export * from './abilities.js';
export * from './errors.js';
export * from './estate.js';
export * from './indicators/index.js';
export * from './roles.js';
export * from './subjects.js';
export * from './time.js';
export * from './validation/index.js';
