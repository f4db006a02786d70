/**
 * responsible-unit-unknown: a unit name the lexicon does not know, under any
 * jurisdiction (县农业农村局 is known because 市农业农村局 is), suggesting the
 * nearest known name. The lexicon is curated data plus the user's `units`.
 */
import { defineRule } from './types';
import { quoteUnit } from './quote';

export default defineRule({
  meta: {
    id: 'responsible-unit-unknown',
    category: 'units',
    defaultSeverity: 'info',
    description: { zh: '责任单位名称不在单位名录中', en: 'Unit name not in the unit lexicon' },
    tags: ['units', 'lexicon'],
    fixable: false,
    docs: {
      rationale: {
        zh: '单位名称应使用规范全称或通行简称。名录来自往期文件的责任单位，经人工校订，并可在配置 units 中补充本地单位。',
        en: 'Units use their official name or usual short form. The lexicon comes from the seeds, curated, plus the configuration key units.',
      },
      bad: '（市发展改委牵头）',
      good: '（市发展改革委牵头）',
    },
  },
  messages: {
    unknown: { zh: '单位名称“{unit}”不在单位名录中', en: 'Unit "{unit}" is not in the unit lexicon' },
    unknownSuggest: {
      zh: '单位名称“{unit}”不在单位名录中，是否应为“{suggestion}”？',
      en: 'Unit "{unit}" is not in the unit lexicon; did you mean "{suggestion}"?',
    },
  },
  run({ draft, documents, lexicon, report }) {
    for (const doc of documents) {
      for (const c of doc.clauses) {
        for (const u of c.units) {
          if (lexicon.isKnown(u.name)) continue;
          const suggestion = lexicon.suggest(u.name);
          report({
            range: u.range,
            messageId: suggestion ? 'unknownSuggest' : 'unknown',
            args: { unit: quoteUnit(draft, u.range), suggestion: suggestion ?? '' },
            suggestion: suggestion
              ? { title: { zh: `改为“${suggestion}”`, en: `Change to "${suggestion}"` }, range: u.range, text: suggestion }
              : undefined,
          });
        }
      }
    }
  },
});
