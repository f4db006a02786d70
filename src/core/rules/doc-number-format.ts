/**
 * doc-number-format: a 发文字号 not in the form 机关代字〔年份〕序号号 (GB/T 9704-2012
 * §7.2.4): 【】 [] () （） around the year, spaces, leading zeros, 第 before the serial.
 */
import { defineRule } from './types';
import { quote } from './quote';

export default defineRule({
  meta: {
    id: 'doc-number-format',
    category: 'format',
    defaultSeverity: 'error',
    description: { zh: '发文字号格式不规范', en: 'Malformed document number' },
    tags: ['format', 'gb9704', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: 'GB/T 9704—2012 第7.2.4条：发文字号由发文机关代字、年份、发文顺序号组成，年份用六角括号“〔〕”括入，序号不编虚位（不加“0”），不加“第”字，中间不留空格。',
        en: 'GB/T 9704-2012 §7.2.4: agency code, year in 〔〕, serial number without leading zeros or 第, no spaces.',
      },
      bad: '甘发【2021】09号',
      good: '甘发〔2021〕9号',
    },
  },
  messages: {
    malformed: { zh: '发文字号“{text}”格式不规范，应为“{canonical}”', en: 'Document number "{text}" is malformed; write "{canonical}"' },
  },
  run({ draft, documents, report }) {
    for (const doc of documents) {
      for (const n of doc.docNumbers) {
        if (n.wellFormed || n.agency.length < 2) continue;
        report({
          range: n.range,
          messageId: 'malformed',
          args: { text: quote(draft, n.range), canonical: n.canonical },
          fix: { range: n.bodyRange, text: n.canonicalBody },
        });
      }
    }
  },
});
