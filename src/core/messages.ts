/**
 * Message templates: `{name}` placeholders filled from a finding's arguments.
 * The CLI and the language server cannot use VS Code's l10n, so every rule keeps
 * its own zh and en templates next to its code and the core picks the language.
 */
import type { Lang, Localized } from './rules/types';

/** Templates split once into literal text and placeholder names (odd indexes). */
const compiled = new Map<string, string[]>();

export function formatMessage(template: string, args: Record<string, string | number> = {}): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    out += (key in args ? String(args[key]) : `{${key}}`) + parts[i + 1];
  }
  return out;
}

export function localize(text: Localized, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/** zh unless the environment's locale is English (LC_ALL, LC_MESSAGES, LANG). */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

/** Messages of the engine itself (not of a rule). */
export const CORE_MESSAGES = {
  internalError: {
    zh: '规则 {rule} 运行出错，已跳过（其他规则照常检查）：{error}',
    en: 'Rule {rule} failed and was skipped (the other rules still ran): {error}',
  },
  tooManyFindings: {
    zh: '本文件问题过多，仅显示前 {shown} 条，另有 {omitted} 条未显示（先显示错误，再显示警告和提示）',
    en: 'Too many findings in this file: showing the first {shown}, {omitted} more left out (errors first, then warnings, then info)',
  },
} satisfies Record<string, Localized>;
