/** --format stylish: grouped by file, `line:col  severity  message  rule-id`, then a summary. */
import type { Lang } from '../../core/rules/types';
import { msg } from '../messages';
import type { FileFinding } from '../findings';

const SEVERITY_LABEL: Record<Lang, Record<string, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export function formatStylish(findings: readonly FileFinding[], lang: Lang, color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  const byFile = new Map<string, FileFinding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const [file, list] of byFile) {
    lines.push(paint(4, file));
    const width = Math.max(...list.map((f) => `${f.line}:${f.column}`.length));
    for (const f of list) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      if (f.fix) fixable++;
      const pos = `${f.line}:${f.column}`.padEnd(width);
      const sev = SEVERITY_LABEL[lang][f.severity];
      const colored = f.severity === 'error' ? paint(31, sev) : f.severity === 'warning' ? paint(33, sev) : paint(36, sev);
      lines.push(`  ${paint(2, pos)}  ${colored}  ${f.message}  ${paint(2, f.ruleId)}`);
    }
    lines.push('');
  }
  const total = errors + warnings + infos;
  if (total > 0) {
    const summary = msg('summary', lang, { total, errors, warnings, infos });
    lines.push(paint(errors ? 31 : 33, `✖ ${summary}`));
    if (fixable) lines.push(paint(2, `  ${msg('fixable', lang, { count: fixable })}`));
  }
  return lines.join('\n');
}
