/**
 * addressee-format: a 主送机关 line not ending with a full-width colon (GB/T 9704-2012
 * §7.3.2): a half-width colon, another mark (。；，) or none.
 */
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'addressee-format',
    category: 'format',
    defaultSeverity: 'warning',
    description: { zh: '主送机关末尾不是全角冒号', en: 'Addressee line does not end with a full-width colon' },
    tags: ['format', 'gb9704', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: 'GB/T 9704—2012 第7.3.2条：主送机关编排于标题下空一行位置，居左顶格，回行时仍顶格，最后一个机关名称后标全角冒号。',
        en: 'GB/T 9704-2012 §7.3.2: the addressee line ends with a full-width colon.',
      },
      bad: '各县区人民政府，市政府各部门:',
      good: '各县区人民政府，市政府各部门：',
    },
  },
  messages: {
    colon: { zh: '主送机关末尾应使用全角冒号“：”', en: 'End the addressee line with a full-width colon "："' },
  },
  run({ draft, documents, report }) {
    for (const doc of documents) {
      const a = doc.header.addressee;
      if (!a) continue;
      const end = a.range.end;
      const last = draft.text[end - 1];
      if (last === '：') continue;
      // A wrong mark (: 。 ；，) is replaced; after a name with no mark the colon is added.
      const lastChar = { start: end - 1, end };
      const fixAt = /[:：。.;；,，]/.test(last) ? lastChar : { start: end, end };
      report({ range: lastChar, messageId: 'colon', fix: { range: fixAt, text: '：' } });
    }
  },
});
