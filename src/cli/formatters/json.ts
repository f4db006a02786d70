/** --format json: exactly a JSON array of findings (see the README for the shape). */
import type { FileFinding } from '../findings';
import { jsonAtDepth, type Formatter } from './formatter';

export function json(): Formatter {
  return {
    file(findings: readonly FileFinding[]): string {
      return findings
        .map((f) => {
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
          return jsonAtDepth(o, 1);
        })
        .join(',\n');
    },
    finish(parts: readonly string[]): string {
      const items = parts.filter((p) => p);
      return items.length ? `[\n${items.join(',\n')}\n]` : '[]';
    },
  };
}
