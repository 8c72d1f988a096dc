/**
 * The .xlsx import dialog every import shares: upload to /files, the import by the file's id (all
 * or nothing), the refused cells by row and column. Each import keeps its mutation and texts.
 */
export { type ProblemTable, useCompactProblemTable, useHeadedProblemTable } from './problemTable';
export { useXlsxImport, type XlsxImport } from './useXlsxImport';
export { XlsxImportModal } from './XlsxImportModal';
