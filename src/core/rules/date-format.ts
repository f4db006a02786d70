/**
 * date-format: a 成文日期 not written with Arabic numerals in full (GB/T 9704-2012
 * §7.3.5.1): 二〇一二年九月二十九日, 2024.11.17, 2024-11-17, 2024年01月05日; and the
 * 印发日期 of the 版记 line (§7.4.3), which follows the same rule.
 */
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'date-format',
    category: 'format',
    defaultSeverity: 'warning',
    description: { zh: '成文日期格式不规范', en: 'Malformed date of the document' },
    tags: ['format', 'gb9704', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: 'GB/T 9704—2012 第7.3.5.1条：成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（1不编为01）。版记中的印发日期同样如此（第7.4.3条）。',
        en: 'GB/T 9704-2012 §7.3.5.1: the date in Arabic numerals, year in full, month and day without leading zeros; the same for the date of printing in the imprint (§7.4.3).',
      },
      bad: '特此通知。\n某市人民政府\n二〇二四年十一月十七日',
      good: '特此通知。\n某市人民政府\n2024年11月17日',
    },
  },
  messages: {
    malformed: { zh: '成文日期“{text}”应写作“{canonical}”', en: 'Write the date "{text}" as "{canonical}"' },
    imprint: { zh: '印发日期“{text}”应写作“{canonical}”', en: 'Write the date of printing "{text}" as "{canonical}"' },
  },
  run({ draft, documents, report }) {
    for (const doc of documents) {
      // 成文日期 (§7.3.5.1), and the 印发日期 of the 版记 (§7.4.3), by the same rule.
      for (const [date, messageId] of [
        [doc.header.date, 'malformed'],
        [doc.header.imprintDate, 'imprint'],
      ] as const) {
        if (!date || date.wellFormed) continue;
        const original = draft.text.slice(date.range.start, date.range.end);
        if (original === date.canonical) continue;
        report({
          range: date.range,
          messageId,
          args: { text: original, canonical: date.canonical },
          fix: { range: date.range, text: date.canonical },
        });
      }
    }
  },
});
