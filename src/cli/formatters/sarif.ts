/**
 * --format sarif: SARIF 2.1.0 with the rule metadata, UTF-16 columns, and fixes
 * as SARIF fixes. helpUri only where the package declares a real homepage.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../core/rules/registry';
import type { Lang } from '../../core/rules/types';
import type { FileFinding } from '../findings';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(findings: readonly FileFinding[], lang: Lang, version: string, homepage?: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const sarif = {
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
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
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
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

function uriOf(file: string): string {
  if (file === '<stdin>') return 'stdin';
  return path.isAbsolute(file) ? pathToFileURL(file).href : file.split(path.sep).join('/');
}
