/**
 * punctuation-width: half-width , : ; ( ) ? ! next to Chinese characters. One
 * finding per paragraph (on the first mark, with the count), so a crawled or
 * English-IME paragraph is one finding, not fifty; the fix converts every mark of
 * the paragraph, brackets as matched pairs. Digits on both sides (1,000  10:30
 * 2.25:1) and Markdown link brackets are left alone.
 */
import type { Paragraph, ParsedDraft } from '../parse/types';
import { defineRule, type Fix } from './types';
import { isCjkCode } from './util';

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

function halfWidthMarks(draft: ParsedDraft, p: Paragraph): Mark[] {
  const t = p.text;
  const src = draft.text;
  const at = t.offsets();
  const n = t.length;
  // Most paragraphs of a clean draft have no half-width mark at all.
  let any = false;
  for (let i = 0; i < n && !any; i++) any = isMark(src.charCodeAt(at[i]));
  if (!any) return [];
  const out: Mark[] = [];
  const opens: number[] = [];
  const pairs = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = src.charCodeAt(at[i]);
    if (c === 40) opens.push(i);
    else if (c === 41 && opens.length) pairs.set(opens.pop()!, i);
  }
  const chinese = (i: number) => i >= 0 && i < n && isCjkCode(src.charCodeAt(at[i]));
  const digit = (i: number) => i >= 0 && i < n && t.text.charCodeAt(i) >= 48 && t.text.charCodeAt(i) <= 57;
  for (let i = 0; i < n; i++) {
    const code = src.charCodeAt(at[i]);
    if (!isMark(code) || code === 41) continue;
    const c = src[at[i]];
    if (code === 40) {
      const close = pairs.get(i);
      if (close === undefined || t.text[i - 1] === ']') continue; // unmatched, or a Markdown link target
      let inner = false;
      for (let k = i + 1; k < close && !inner; k++) inner = isCjkCode(t.text.charCodeAt(k));
      if (!(chinese(i - 1) || chinese(close + 1) || inner)) continue;
      out.push({ offset: at[i], char: '(' }, { offset: at[close], char: ')' });
      continue;
    }
    if (digit(i - 1) && digit(i + 1)) continue;
    if (c === ':' && t.text.startsWith('//', i + 1)) continue; // URL
    if (chinese(i - 1) || chinese(i + 1)) out.push({ offset: at[i], char: c });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** , : ; ( ) ? ! by code unit. */
const IS_MARK = new Uint8Array(128);
for (const c of ',:;()?!') IS_MARK[c.charCodeAt(0)] = 1;
const isMark = (code: number) => code < 128 && IS_MARK[code] === 1;
