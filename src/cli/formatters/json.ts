/** --format json: exactly a JSON array of findings (see the README for the shape). */
import type { FileFinding } from '../findings';

export function formatJson(findings: readonly FileFinding[]): string {
  return JSON.stringify(
    findings.map((f) => {
      const o: Record<string, unknown> = {
        file: f.file,
        ruleId: f.ruleId,
        severity: f.severity,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        message: f.message,
      };
      if (f.fix) o.fix = f.fix;
      return o;
    }),
    null,
    2,
  );
}
