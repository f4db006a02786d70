/** responsible-unit-duplicate: the same unit twice in one clause (seed 000:24). */
import { normalizeUnit } from '../lexicon/units';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'responsible-unit-duplicate',
    category: 'units',
    defaultSeverity: 'warning',
    description: { zh: '同一责任单位在括号内重复出现', en: 'The same unit appears twice in one clause' },
    tags: ['units'],
    fixable: false,
    docs: {
      rationale: { zh: '同一括号内重复列出同一单位，多为笔误。', en: 'A unit listed twice in one clause is usually a slip.' },
      bad: '（市科技局牵头，市农业农村局、市文物局、市农业农村局配合）',
      good: '（市科技局牵头，市农业农村局、市文物局配合）',
    },
  },
  messages: {
    duplicate: { zh: '“{unit}”在同一责任单位括号中重复出现', en: '"{unit}" appears twice in the same clause' },
    first: { zh: '第一次出现', en: 'first occurrence' },
  },
  run({ documents, report }) {
    for (const doc of documents) {
      for (const c of doc.clauses) {
        const seen = new Map<string, (typeof c.units)[number]>();
        for (const u of c.units) {
          const key = normalizeUnit(u.name);
          const first = seen.get(key);
          if (!first) {
            seen.set(key, u);
            continue;
          }
          report({
            range: u.range,
            messageId: 'duplicate',
            args: { unit: u.name },
            related: [{ range: first.range, messageId: 'first' }],
          });
        }
      }
    }
  },
});
