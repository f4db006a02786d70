/**
 * quote-pairs: unbalanced Chinese quotes in a paragraph (“ without ”, ‘ without ’)
 * or ASCII ' and " used as Chinese quotes (seed 003: 21 “ against 7 ”).
 */
import type { Paragraph, ParsedDraft } from '../parse/types';
import { defineRule, type Finding, type Fix } from './types';
import { isCjkCode, checkEachParagraph } from './util';

export default defineRule({
  meta: {
    id: 'quote-pairs',
    category: 'format',
    defaultSeverity: 'warning',
    description: { zh: '引号不配对或使用了英文引号', en: 'Unbalanced quotes or ASCII quotes in Chinese text' },
    tags: ['format', 'gb15834', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: '中文引号应成对使用“”，引号内再用引号时用‘’（GB/T 15834—2011 第4.1条）。英文直引号 \' " 不用于中文；一段中只有成对的英文双引号时，修复依次改为“”。',
        en: 'Chinese quotes come in pairs “”, with ‘’ inside (GB/T 15834-2011 §4.1). ASCII \' and " are not Chinese quotes; a paragraph whose only quotes are paired ASCII double quotes is fixed to “”.',
      },
      bad: '落实"四强"行动',
      good: '落实“四强”行动',
    },
  },
  messages: {
    unbalancedDouble: { zh: '本段中文双引号不配对（“ {open} 个，” {close} 个）', en: 'Unbalanced double quotes in this paragraph (“ {open}, ” {close})' },
    unbalancedSingle: { zh: '本段中文单引号不配对（‘ {open} 个，’ {close} 个）', en: 'Unbalanced single quotes in this paragraph (‘ {open}, ’ {close})' },
    ascii: { zh: '中文中使用了英文引号“{mark}”，应使用中文引号', en: 'ASCII quote "{mark}" in Chinese text; use Chinese quotes' },
  },
  run(context) {
    checkEachParagraph(context, 'quote-pairs', check);
  },
});

function check(draft: ParsedDraft, p: Paragraph): Finding[] {
  const out: Finding[] = [];
  const src = draft.text;
  const t = p.text;
  const s = t.text;
  if (!/[“”‘’'"]/.test(s)) return out;
  let open = 0;
  let close = 0;
  let sOpen = 0;
  let sClose = 0;
  let firstDouble = -1;
  let firstSingle = -1;
  let ascii = -1;
  let asciiDouble = 0;
  let asciiSingle = 0;
  let depth = 0;
  let sDepth = 0;
  // Code units, not s[i]: indexing a Chinese string makes a new one-character string.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c /* “ */) {
      open++;
      depth++;
    } else if (c === 0x201d /* ” */) {
      close++;
      if (depth === 0 && firstDouble < 0) firstDouble = i;
      depth = Math.max(0, depth - 1);
    } else if (c === 0x2018 /* ‘ */) {
      sOpen++;
      sDepth++;
    } else if (c === 0x2019 /* ’ */) {
      sClose++;
      if (sDepth === 0 && firstSingle < 0) firstSingle = i;
      sDepth = Math.max(0, sDepth - 1);
    } else if (
      (c === 39 /* ' */ || c === 34) /* " */ &&
      ((i > 0 && isCjkCode(src.charCodeAt(t.offset(i - 1)))) || (i + 1 < s.length && isCjkCode(src.charCodeAt(t.offset(i + 1)))))
    ) {
      if (ascii < 0) ascii = i;
      if (c === 34) asciiDouble++;
      else asciiSingle++;
    }
  }
  // “十五五" is one slip: the ASCII mark stands for the missing ”, and is reported as such.
  if (open !== close && Math.abs(open - close) > asciiDouble) {
    const at = firstDouble >= 0 ? firstDouble : s.indexOf(open > close ? '“' : '”');
    out.push({ range: t.range(at, at + 1), messageId: 'unbalancedDouble', args: { open, close } });
  }
  if (sOpen !== sClose && Math.abs(sOpen - sClose) > asciiSingle) {
    const at = firstSingle >= 0 ? firstSingle : s.indexOf(sOpen > sClose ? '‘' : '’');
    out.push({ range: t.range(at, at + 1), messageId: 'unbalancedSingle', args: { open: sOpen, close: sClose } });
  }
  if (ascii >= 0) {
    const fix = open === 0 && close === 0 && asciiSingle === 0 ? pairedAsciiFix(src, p, asciiDouble) : undefined;
    out.push({ range: t.range(ascii, ascii + 1), messageId: 'ascii', args: { mark: s[ascii] }, fix });
  }
  return out;
}

/**
 * "指尖办" "一网通办": a paragraph whose only quotes are ASCII double quotes, all in
 * Chinese context and even in number, pairs them in order (“ then ”); anything else is
 * left to the drafter.
 */
function pairedAsciiFix(src: string, p: Paragraph, inChinese: number): Fix | undefined {
  const t = p.text;
  const at: number[] = [];
  for (let i = t.text.indexOf('"'); i >= 0; i = t.text.indexOf('"', i + 1)) at.push(t.offset(i));
  if (at.length !== inChinese || at.length % 2 !== 0) return undefined;
  const start = at[0];
  let text = '';
  let from = start;
  at.forEach((o, k) => {
    text += src.slice(from, o) + (k % 2 === 0 ? '“' : '”');
    from = o + 1;
  });
  return { range: { start, end: from }, text };
}

