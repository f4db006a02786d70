/** responsible-unit-duplicate: the same unit twice in one clause (seed 000:24), in the same or another spelling. */
import { normalizeUnit } from '../lexicon/units';
import { defineRule } from './types';
import { quoteUnit } from './quote';

export default defineRule({
  meta: {
    id: 'responsible-unit-duplicate',
    category: 'units',
    defaultSeverity: 'warning',
    description: { zh: '同一责任单位在括号内重复出现', en: 'The same unit appears twice in one clause' },
    tags: ['units'],
    fixable: false,
    docs: {
      rationale: { zh: '同一括号内重复列出同一单位（或同一单位的全称与简称，如县住建局、县住房和城乡建设局），多为笔误。', en: 'A unit listed twice in one clause, or under its full and short name, is usually a slip.' },
      bad: '（市科技局牵头，市农业农村局、市文物局、市农业农村局配合）',
      good: '（市科技局牵头，市农业农村局、市文物局配合）',
    },
  },
  messages: {
    duplicate: { zh: '“{unit}”在同一责任单位括号中重复出现', en: '"{unit}" appears twice in the same clause' },
    sameUnit: {
      zh: '“{unit}”与前面的“{first}”是同一单位，在同一责任单位括号中重复出现',
      en: '"{unit}" is the same unit as "{first}" before it, listed twice in the same clause',
    },
    first: { zh: '第一次出现', en: 'first occurrence' },
  },
  run({ draft, documents, lexicon, report }) {
    for (const doc of documents) {
      for (const c of doc.clauses) {
        const seen = new Map<string, (typeof c.units)[number]>();
        // The units named with their place, by the name with the place written as its level.
        const placed = new Map<string, (typeof c.units)[number]>();
        for (const u of c.units) {
          // Two spellings of one unit (县住建局 / 县住房和城乡建设局, 县法院 / 县人民法院) are one
          // unit, and so are 市税务局 and 国家税务总局天水市税务局: the 市 of a clause is its own city.
          const key = lexicon.canonical(normalizeUnit(u.name));
          const unplaced = lexicon.canonicalWithoutPlace(normalizeUnit(u.name));
          const first = seen.get(key) ?? (unplaced !== undefined ? seen.get(unplaced) : placed.get(key));
          if (!first) {
            seen.set(key, u);
            if (unplaced !== undefined && !placed.has(unplaced)) placed.set(unplaced, u);
            continue;
          }
          report({
            range: u.range,
            ...(normalizeUnit(first.name) === normalizeUnit(u.name)
              ? { messageId: 'duplicate', args: { unit: quoteUnit(draft, u.range) } }
              : { messageId: 'sameUnit', args: { unit: quoteUnit(draft, u.range), first: quoteUnit(draft, first.range) } }),
            related: [{ range: first.range, messageId: 'first' }],
          });
        }
      }
    }
  },
});
