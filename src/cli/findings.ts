/** A linted file's findings in the shape every formatter reads (1-based lines and UTF-16 columns). */
import type { Diagnostic } from '../core/lint';
import type { LineIndex } from '../core/text/lines';
import type { Severity } from '../core/rules/types';

export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileFinding extends Location {
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  fix?: { range: Location; text: string };
}

export function locate(lines: LineIndex, start: number, end: number): Location {
  const a = lines.positionAt(start);
  const b = lines.positionAt(end);
  return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

export function toFindings(file: string, lines: LineIndex, diagnostics: readonly Diagnostic[]): FileFinding[] {
  return diagnostics.map((d) => {
    const f: FileFinding = {
      file,
      ruleId: d.ruleId,
      severity: d.severity,
      ...locate(lines, d.range.start, d.range.end),
      message: d.message,
    };
    if (d.fix) f.fix = { range: locate(lines, d.fix.range.start, d.fix.range.end), text: d.fix.text };
    return f;
  });
}
