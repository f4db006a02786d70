/**
 * Applies fixes until none is left (fixes that overlap wait for the next pass),
 * re-linting between passes, at most MAX_PASSES times.
 */
import { applyFixes } from '../core/fix';
import { lint, type LintOptions } from '../core/lint';

const MAX_PASSES = 10;

export function fixText(text: string, options: LintOptions): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = lint(current, options).diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
    if (!fixes.length) break;
    const result = applyFixes(current, fixes);
    if (!result.applied.length || result.text === current) break;
    applied += result.applied.length;
    current = result.text;
  }
  return { text: current, applied };
}
