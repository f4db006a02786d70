/**
 * citation-separator: a 顿号 between two titles (》、《). GB/T 15834-2011 §4.5.3.5:
 * titles in a row take no 顿号 unless a bracketed note stands between them.
 */
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'citation-separator',
    category: 'citations',
    defaultSeverity: 'info',
    description: { zh: '并列书名之间使用了顿号', en: 'A 顿号 between titles in a row' },
    tags: ['citations', 'gb15834', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: 'GB/T 15834—2011 第4.5.3.5条：标有书名号的并列成分之间通常不用顿号；若有括注，可用顿号。',
        en: 'GB/T 15834-2011 §4.5.3.5: titles in a row take no 顿号 unless a bracketed note stands between them.',
      },
      bad: '《甘肃省新材料产业发展规划》、《加快新材料产业发展实施方案》',
      good: '《甘肃省新材料产业发展规划》《加快新材料产业发展实施方案》',
    },
  },
  messages: {
    separator: { zh: '并列书名之间不用顿号', en: 'No 顿号 between titles in a row' },
  },
  run({ draft, documents, report }) {
    for (const doc of documents) {
      const cites = doc.citations;
      for (let i = 1; i < cites.length; i++) {
        const a = cites[i - 1];
        const b = cites[i];
        if (a.paragraph !== b.paragraph) continue;
        const between = draft.text.slice(a.range.end, b.range.start);
        if (between !== '、') continue;
        const range = { start: a.range.end, end: b.range.start };
        report({ range, messageId: 'separator', fix: { range, text: '' } });
      }
    }
  },
});
