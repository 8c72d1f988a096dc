/** The comparison module's public surface: read-only, so only its resolver. */
export { ComparisonResolver } from './comparison.resolver.js';
