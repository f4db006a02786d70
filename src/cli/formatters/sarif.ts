/**
 * --format sarif: SARIF 2.1.0 with the rule metadata, UTF-16 columns, and fixes
 * as SARIF fixes. helpUri only where the package declares a real homepage.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../core/rules/registry';
import type { Lang } from '../../core/rules/types';
import type { FileFinding } from '../findings';
import { jsonAtDepth, type FormatOptions, type Formatter } from './formatter';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const RULE_INDEX = new Map(RULES.map((r, i) => [r.meta.id, i]));

/** Where the results go in the run; a string no JSON text of the run can otherwise hold. */
const RESULTS_SLOT = '\u0000results';

export function sarif({ lang, version, homepage }: FormatOptions): Formatter {
  return {
    file(findings: readonly FileFinding[]): string {
      // A result sits four levels deep: log → runs → run → results.
      return findings.map((f) => jsonAtDepth(resultOf(f), 4)).join(',\n');
    },
    finish(parts: readonly string[]): string {
      const items = parts.filter((p) => p);
      const log = JSON.stringify(logWith(RESULTS_SLOT, lang, version, homepage), null, 2);
      // A replacer function: a message's `$&` or `$'` must stay as written.
      return log.replace(JSON.stringify(RESULTS_SLOT), () => (items.length ? `[\n${items.join(',\n')}\n      ]` : '[]'));
    },
  };
}

function logWith(results: unknown, lang: Lang, version: string, homepage?: string) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policylint',
            version,
            ...(homepage ? { informationUri: homepage } : {}),
            rules: RULES.map((r) => ({
              id: r.meta.id,
              shortDescription: { text: r.meta.description[lang] },
              fullDescription: { text: r.meta.docs.rationale[lang] },
              defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
              ...(homepage ? { helpUri: `${homepage.replace(/\/$/, '')}/blob/main/docs/rules.md#${r.meta.id}` } : {}),
              properties: { tags: r.meta.tags, category: r.meta.category },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function resultOf(f: FileFinding) {
  return {
    ruleId: f.ruleId,
    ...(RULE_INDEX.has(f.ruleId) ? { ruleIndex: RULE_INDEX.get(f.ruleId) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(f.file) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    ...(f.fix
      ? {
          fixes: [
            {
              artifactChanges: [
                {
                  artifactLocation: { uri: uriOf(f.file) },
                  replacements: [
                    {
                      deletedRegion: {
                        startLine: f.fix.range.line,
                        startColumn: f.fix.range.column,
                        endLine: f.fix.range.endLine,
                        endColumn: f.fix.range.endColumn,
                      },
                      insertedContent: { text: f.fix.text },
                    },
                  ],
                },
              ],
            },
          ],
        }
      : {}),
  };
}

function uriOf(file: string): string {
  if (file === '<stdin>') return 'stdin';
  return path.isAbsolute(file) ? pathToFileURL(file).href : file.split(path.sep).join('/');
}
