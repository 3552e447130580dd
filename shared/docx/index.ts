// The docx builder's public surface.
export { buildPaperDocument, paperProperties } from './document';
export type { BuildOptions } from './document';
export { ExportRefusedError, exportPaperDocx } from './export';
export { coverRows } from './cover-sheet';
