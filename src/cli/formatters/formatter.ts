/**
 * An output format in two steps, so that a big run can format each file where it
 * was linted (a worker thread) and the main thread only joins strings:
 * `file()` turns one file's findings into its part of the output, `finish()` puts
 * the parts together, in input order, with what the totals add.
 */
import type { Lang } from '../../core/rules/types';
import type { FileFinding } from '../findings';

export type FormatName = 'stylish' | 'json' | 'sarif';

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  version: string;
  homepage?: string;
}

export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export interface Formatter {
  /** One file's findings as its part of the output ('' when it has none). */
  file(findings: readonly FileFinding[]): string;
  /** The whole output from every file's part, in input order. */
  finish(parts: readonly string[], tally: Tally): string;
}

export function emptyTally(): Tally {
  return { errors: 0, warnings: 0, infos: 0, fixable: 0 };
}

export function tallyOf(findings: readonly FileFinding[]): Tally {
  const t = emptyTally();
  for (const f of findings) {
    if (f.severity === 'error') t.errors++;
    else if (f.severity === 'warning') t.warnings++;
    else t.infos++;
    if (f.fix) t.fixable++;
  }
  return t;
}

export function addTally(into: Tally, t: Tally): void {
  into.errors += t.errors;
  into.warnings += t.warnings;
  into.infos += t.infos;
  into.fixable += t.fixable;
}

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep (strings hold no raw newline). */
export function jsonAtDepth(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return pad + JSON.stringify(value, null, 2).replace(/\n/g, '\n' + pad);
}
