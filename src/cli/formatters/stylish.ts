/** --format stylish: grouped by file, `line:col  severity  message  rule-id`, then a summary. */
import type { Lang } from '../../core/rules/types';
import { msg } from '../messages';
import type { FileFinding } from '../findings';
import type { FormatOptions, Formatter, Tally } from './formatter';

const SEVERITY_LABEL: Record<Lang, Record<string, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export function stylish({ lang, color }: FormatOptions): Formatter {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  return {
    file(findings: readonly FileFinding[]): string {
      if (!findings.length) return '';
      let width = 0;
      for (const f of findings) width = Math.max(width, `${f.line}:${f.column}`.length);
      let out = paint(4, findings[0].file) + '\n';
      for (const f of findings) {
        const pos = `${f.line}:${f.column}`.padEnd(width);
        const sev = SEVERITY_LABEL[lang][f.severity];
        const colored = f.severity === 'error' ? paint(31, sev) : f.severity === 'warning' ? paint(33, sev) : paint(36, sev);
        out += `  ${paint(2, pos)}  ${colored}  ${f.message}  ${paint(2, f.ruleId)}\n`;
      }
      return out;
    },
    finish(parts: readonly string[], tally: Tally): string {
      const blocks = parts.filter((p) => p);
      const total = tally.errors + tally.warnings + tally.infos;
      if (total === 0) return blocks.join('\n');
      const summary = [paint(tally.errors ? 31 : 33, `✖ ${msg('summary', lang, { total, ...tally })}`)];
      if (tally.fixable) summary.push(paint(2, `  ${msg('fixable', lang, { count: tally.fixable })}`));
      return [...blocks, summary.join('\n')].join('\n');
    },
  };
}
