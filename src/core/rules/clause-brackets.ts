/**
 * clause-brackets: a responsibility clause whose （ is never closed
 * （…（A牵头，B配合。）. The clause is still read (its units are checked and it
 * covers its item); the fix inserts the ）where the unit list ends.
 */
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'clause-brackets',
    category: 'units',
    defaultSeverity: 'warning',
    description: { zh: '责任单位括号未闭合', en: 'Unclosed responsibility clause' },
    tags: ['units', 'gb15834', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: '责任单位写在成对的括号内（GB/T 15834—2011 第4.9条）；漏写的“）”多出现在段末，校对时不易发现。快速修复在单位列表末尾补上“）”（开括号是半角“(”时一并改为“（”）。',
        en: 'A responsibility clause stands in a pair of brackets (GB/T 15834-2011 §4.9); a missing ）at the end of a paragraph is easy to overlook. The fix adds it after the unit list (and widens a half-width opening bracket to match).',
      },
      bad: '……实现快递服务行政村全覆盖。（县邮政管理局牵头，县交通运输局配合',
      good: '……实现快递服务行政村全覆盖。（县邮政管理局牵头，县交通运输局配合）',
    },
  },
  messages: {
    unclosed: { zh: '责任单位括号缺少“）”', en: 'The responsibility clause is missing its closing bracket' },
  },
  run({ draft, documents, report }) {
    for (const doc of documents) {
      for (const c of doc.clauses) {
        if (!c.unclosed) continue;
        // A half-width ( gets its full-width form too, so the pair matches: （…）, never (…）.
        const halfWidth = draft.text[c.range.start] === '(';
        const fix = halfWidth
          ? { range: c.range, text: `（${draft.text.slice(c.range.start + 1, c.range.end)}）` }
          : { range: { start: c.range.end, end: c.range.end }, text: '）' };
        report({ range: { start: c.range.start, end: c.range.start + 1 }, messageId: 'unclosed', fix });
      }
    }
  },
});
