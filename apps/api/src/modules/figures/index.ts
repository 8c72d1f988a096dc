/** The figures module's public surface: the monthly figures, their recompute for sources, and the read model. */
export { recomputeFigures } from './figures.drafts.js';
export { type ReadModelDrift, readModelDrift, refreshReadModel } from './figures.read-model.js';
export { recomputeSourceFigures, type SourceRecompute } from './figures.recompute.js';
export { FigureResolver } from './figures.resolver.js';
export { type MonthlyFigureRow, monthlyFigures } from './figures.schema.js';
export { latestFigure } from './figures.store.js';
