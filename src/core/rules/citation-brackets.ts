/** citation-brackets: unbalanced 《 》, or 《 nested inside 《 (the inner title takes 〈〉). */
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'citation-brackets',
    category: 'citations',
    defaultSeverity: 'error',
    description: { zh: '书名号不配对或嵌套错误', en: 'Unbalanced or wrongly nested title brackets' },
    tags: ['citations', 'gb15834'],
    fixable: false,
    docs: {
      rationale: {
        zh: '书名号必须成对使用；书名号内还要用书名号时，内层用单书名号〈〉（GB/T 15834—2011 第4.15条）。',
        en: 'Title brackets come in pairs; a title inside a title takes 〈〉 (GB/T 15834-2011 §4.15).',
      },
      bad: '《关于印发《实施方案》的通知》',
      good: '《关于印发〈实施方案〉的通知》',
    },
  },
  messages: {
    unclosed: { zh: '书名号“《”没有对应的“》”', en: '"《" has no matching "》"' },
    unopened: { zh: '书名号“》”前没有对应的“《”', en: '"》" has no matching "《"' },
    nested: { zh: '书名号内又用了“《”，内层应使用单书名号“〈〉”', en: 'Nested "《" inside a title: the inner title takes "〈〉"' },
  },
  run({ documents, report }) {
    for (const doc of documents) {
      for (const p of doc.bracketProblems) report({ range: p.range, messageId: p.kind });
    }
  },
});
