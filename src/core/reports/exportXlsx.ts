/**
 * Loads the .xlsx writer only when a report is exported: exceljs is a megabyte
 * of code that neither the CLI's start nor the language server's needs. In the
 * bundles it is its own file (dist/xlsx.js, see src/tools/bundle.mjs).
 */
import * as path from 'node:path';
import type { ReportTable } from './tables';

declare const __POLICYLINT_BUNDLED__: boolean | undefined;

type XlsxModule = typeof import('./xlsx');

function load(): XlsxModule {
  if (typeof __POLICYLINT_BUNDLED__ !== 'undefined' && __POLICYLINT_BUNDLED__) {
    return require(path.join(__dirname, 'xlsx.js')) as XlsxModule;
  }
  return require('./xlsx') as XlsxModule;
}

export function writeXlsx(tables: ReportTable[], title: string): Promise<Buffer> {
  return load().toXlsx(tables, title);
}
