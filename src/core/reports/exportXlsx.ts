/**
 * Loads the .xlsx writer only when a report is exported: exceljs is a megabyte
 * of code that neither the CLI's start nor the language server's needs. In the
 * bundles it is its own file (dist/xlsx.js, see src/tools/bundle.mjs).
 */
import type { ReportTable } from './tables';

type XlsxModule = typeof import('./xlsx');

/** In out/ this is ./xlsx.js beside this file; in a bundle, dist/xlsx.js beside the bundle. */
function load(): XlsxModule {
  return require('./xlsx') as XlsxModule;
}

export function writeXlsx(tables: ReportTable[], title: string): Promise<Buffer> {
  return load().toXlsx(tables, title);
}
