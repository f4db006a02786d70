/** Shared test helpers: paths, the seed corpus (loaded once), lint shortcuts. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../src/core/corpus/corpus';
import { lint, type Diagnostic, type LintOptions } from '../../src/core/lint';

/** Tests compile to out/test/unit; the repository root is three levels up. */
export const ROOT = path.resolve(__dirname, '../../..');
export const SEEDS = path.join(ROOT, 'seeds');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

let corpus: Corpus | undefined;
export function seedCorpus(): Corpus {
  return (corpus ??= Corpus.load({ builtInDir: SEEDS }));
}

export function seedPath(id: string): string {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(id + '_'));
  if (!name) throw new Error(`no seed ${id}`);
  return path.join(SEEDS, name);
}

export function readSeed(id: string): string {
  return fs.readFileSync(seedPath(id), 'utf8');
}

export function lintText(text: string, options: LintOptions = {}) {
  return lint(text, { corpus: seedCorpus(), ...options });
}

/** The findings of one rule on a text (the review-case tests). */
export function only(text: string, rule: string): Diagnostic[] {
  return lintText(text).diagnostics.filter((d) => d.ruleId === rule);
}

/** A draft from its lines, ending in a line break. */
export function draftOf(lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** 1-based line of a diagnostic's start. */
export function lineOf(text: string, d: Diagnostic): number {
  return text.slice(0, d.range.start).split(/\r\n|\r|\n/).length;
}

/** `rule@line` keys of the diagnostics of the given rules. */
export function hits(text: string, diagnostics: Diagnostic[], rules?: string[]): string[] {
  return diagnostics
    .filter((d) => !rules || rules.includes(d.ruleId))
    .map((d) => `${d.ruleId}@${lineOf(text, d)}`)
    .sort();
}

/** 1-based line of the first line containing `needle`. */
export function lineContaining(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`text not found: ${needle}`);
  return text.slice(0, i).split(/\r\n|\r|\n/).length;
}
