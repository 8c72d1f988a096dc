/** The figures module's public surface: the monthly figures, and their recompute for sources. */
export { recomputeFigures } from './figures.drafts.js';
export { FigureResolver } from './figures.resolver.js';
export { type MonthlyFigureRow, monthlyFigures } from './figures.schema.js';
