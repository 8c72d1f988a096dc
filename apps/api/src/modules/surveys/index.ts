/**
 * The surveys module's public surface (issue 11 item 4): the tables, the resolver, and the
 * satisfaction indicator source the composition root registers.
 */
export {
  registerSurveyIndicatorSources,
  satisfactionFigureOf,
  satisfactionSource,
} from './surveys.indicators.js';
export { SurveyResolver } from './surveys.resolver.js';
export * from './surveys.schema.js';
export { Survey } from './surveys.types.js';
