/**
 * Generates docs/rules.md (a section per rule, from its metadata) and
 * docs/policylintrc.schema.json (from the zod schema). `--check` fails when the
 * committed files differ from what the code says, so the docs cannot go stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { configSchema } from '../core/config/schema';
import { RULES } from '../core/rules/registry';
import type { Rule, RuleCategory } from '../core/rules/types';

const ROOT = path.resolve(__dirname, '../../..');

const CATEGORY_TITLES: Record<RuleCategory, string> = {
  structure: '结构 Structure',
  units: '责任单位 Responsible units',
  targets: '目标 Targets',
  citations: '引用 Citations',
  format: '文号、日期与标点 Headers, numbers and punctuation',
};

const SEVERITY: Record<string, string> = { error: '错误 error', warning: '警告 warning', info: '提示 info' };

export function rulesMarkdown(): string {
  const out: string[] = [
    '# PolicyLint 规则 / Rules',
    '',
    '<!-- Generated from the rule metadata by `npm run docs`; do not edit by hand. -->',
    '',
    '每条规则的 ID 是稳定的，配置文件、忽略项和 JSON/SARIF 输出都使用它。',
    'Rule ids are stable: configuration, ignore entries and the JSON/SARIF output use them.',
    '',
    '| 规则 rule | 默认级别 default | 可自动修复 fixable | 说明 description |',
    '|---|---|---|---|',
    ...RULES.map((r) => `| [\`${r.meta.id}\`](#${r.meta.id}) | ${r.meta.defaultSeverity} | ${r.meta.fixable ? '✓' : ''} | ${r.meta.description.zh} / ${r.meta.description.en} |`),
    '',
  ];
  for (const category of Object.keys(CATEGORY_TITLES) as RuleCategory[]) {
    out.push(`## ${CATEGORY_TITLES[category]}`, '');
    for (const rule of RULES.filter((r) => r.meta.category === category)) out.push(...section(rule));
  }
  return out.join('\n');
}

function section(rule: Rule): string[] {
  const m = rule.meta;
  return [
    `<a id="${m.id}"></a>`,
    '',
    `### \`${m.id}\``,
    '',
    `**${m.description.zh}** — ${m.description.en}`,
    '',
    `- 默认级别 / default: ${SEVERITY[m.defaultSeverity]}`,
    `- 自动修复 / fix: ${m.fixable ? '有（`--fix`、编辑器快速修复）/ yes' : '无 / no'}`,
    `- 标签 / tags: ${m.tags.map((t) => `\`${t}\``).join(' ')}`,
    '',
    m.docs.rationale.zh,
    '',
    m.docs.rationale.en,
    '',
    '不规范 / Bad:',
    '',
    '```text',
    m.docs.bad,
    '```',
    '',
    '规范 / Good:',
    '',
    '```text',
    m.docs.good,
    '```',
    '',
    `关闭 / Turn off: \`{ "rules": { "${m.id}": "off" } }\``,
    '',
  ];
}

export function configJsonSchema(): string {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-7' }) as Record<string, unknown>;
  const rules = (schema.properties as Record<string, Record<string, unknown>>).rules;
  // Editors complete the known rule ids.
  rules.propertyNames = { enum: RULES.map((r) => r.meta.id) };
  return JSON.stringify({ title: 'PolicyLint configuration (.policylintrc.json)', ...schema }, null, 2) + '\n';
}

export const GENERATED: Record<string, () => string> = {
  'docs/rules.md': rulesMarkdown,
  'docs/policylintrc.schema.json': configJsonSchema,
};

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const [file, make] of Object.entries(GENERATED)) {
    const full = path.join(ROOT, file);
    const content = make();
    if (check) {
      const current = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : '';
      if (current !== content) {
        console.error(`${file} is out of date: run "npm run docs"`);
        stale = true;
      }
    } else {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, content);
      console.log(`wrote ${file}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
