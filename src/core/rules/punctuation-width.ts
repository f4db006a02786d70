/**
 * punctuation-width: half-width , : ; ( ) ? ! next to Chinese characters. One
 * finding per paragraph (on the first mark, with the count), so a crawled or
 * English-IME paragraph is one finding, not fifty; the fix converts every mark of
 * the paragraph, brackets as matched pairs. Digits on both sides (1,000  10:30
 * 2.25:1) and Markdown link brackets are left alone.
 */
import type { Paragraph, ParsedDraft } from '../parse/types';
import { defineRule, type Fix } from './types';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };

export default defineRule({
  meta: {
    id: 'punctuation-width',
    category: 'format',
    defaultSeverity: 'info',
    description: { zh: '中文语句中使用了半角标点', en: 'Half-width punctuation in Chinese text' },
    tags: ['format', 'gb15834', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: '中文文稿应使用全角标点（GB/T 15834—2011）。网页抓取或英文输入法常留下半角的逗号、冒号、分号、括号等。每段只报告一次，快速修复一次改完整段。',
        en: 'Chinese text takes full-width punctuation (GB/T 15834-2011). Reported once per paragraph; the fix converts the whole paragraph.',
      },
      bad: '坚持统筹推进,分类施策(试点先行);',
      good: '坚持统筹推进，分类施策（试点先行）；',
    },
  },
  messages: {
    halfWidth: {
      zh: '本段有 {count} 处半角标点（如“{mark}”），中文应使用全角标点',
      en: '{count} half-width punctuation mark(s) in this paragraph (e.g. "{mark}"); Chinese text takes full-width marks',
    },
  },
  run({ draft, documents, report }) {
    for (const doc of documents) {
      for (const p of doc.paragraphs) {
        const marks = halfWidthMarks(draft, p);
        if (!marks.length) continue;
        const first = marks[0];
        const start = marks[0].offset;
        const end = marks[marks.length - 1].offset + 1;
        let text = '';
        let cursor = start;
        for (const m of marks) {
          text += draft.text.slice(cursor, m.offset) + FULL[m.char];
          cursor = m.offset + 1;
        }
        text += draft.text.slice(cursor, end);
        const fix: Fix = { range: { start, end }, text };
        report({
          range: { start: first.offset, end: first.offset + 1 },
          messageId: 'halfWidth',
          args: { count: marks.length, mark: first.char },
          fix,
        });
      }
    }
  },
});

interface Mark {
  offset: number;
  char: string;
}

// Regular expressions rather than a loop over characters: they run compiled even
// in a cold CLI process, where an interpreted per-character loop costs tens of ms.
const CJK_CLASS = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’—…';
const MARK_NEAR_CJK = new RegExp(`(?<=[${CJK_CLASS}])[,:;?!]|[,:;?!](?=[${CJK_CLASS}])`, 'g');
const PAREN = /[()]/g;
const HAS_CJK = new RegExp(`[${CJK_CLASS}]`);
const CJK_CHAR = new RegExp(`^[${CJK_CLASS}]$`);

function halfWidthMarks(draft: ParsedDraft, p: Paragraph): Mark[] {
  const base = p.range.start;
  // The paragraph's original characters (joined lines keep their line breaks here).
  let src = draft.text.slice(base, p.range.end);
  const out: Mark[] = [];
  // Brackets first: a pair that becomes （） makes the marks next to it Chinese context.
  if (src.includes('(') && src.includes(')')) {
    const opens: number[] = [];
    const converted: number[] = [];
    for (const m of src.matchAll(PAREN)) {
      if (m[0] === '(') {
        opens.push(m.index);
        continue;
      }
      const open = opens.pop();
      if (open === undefined || src[open - 1] === ']') continue; // unmatched, or a Markdown link target
      const near = CJK_CHAR.test(src[open - 1] ?? '') || CJK_CHAR.test(src[m.index + 1] ?? '');
      if (!near && !HAS_CJK.test(src.slice(open + 1, m.index))) continue;
      out.push({ offset: base + open, char: '(' }, { offset: base + m.index, char: ')' });
      converted.push(open, m.index);
    }
    if (converted.length) {
      const chars = src.split('');
      for (const i of converted) chars[i] = chars[i] === '(' ? '（' : '）';
      src = chars.join('');
    }
  }
  for (const m of src.matchAll(MARK_NEAR_CJK)) {
    if (m[0] === ':' && src.startsWith('//', m.index + 1)) continue; // URL
    out.push({ offset: base + m.index, char: m[0] });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
