/**
 * number-range: a numeric range that drops the % ‰ 万 亿 of its first value where
 * GB/T 15835-2011 keeps it: 15～30% → 15%～30%, 9～16亿元 → 9亿～16亿元.
 * Plain counts (2～4所) are fine.
 */
import type { Paragraph, ParsedDraft } from '../parse/types';
import { defineRule, type Finding } from './types';
import { checkEachParagraph } from './util';

// The magnitude whole (1～2万亿元 → 1万亿～2万亿元); a number from its first digit.
const RANGE = /(?<![\d.])(\d+(?:\.\d+)?)([ ]*)([~\-—至到])([ ]*)(\d+(?:\.\d+)?)(万亿|千亿|百亿|千万|百万|%|‰|万|亿)/g;

export default defineRule({
  meta: {
    id: 'number-range',
    category: 'format',
    defaultSeverity: 'info',
    description: { zh: '数值范围省略了前一数值的单位', en: 'Numeric range drops the unit of its first value' },
    tags: ['format', 'gb15835', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: 'GB/T 15835—2011 第5.1.6条：表示数值范围时，“%”“‰”和“万”“亿”等不能省略，如“15%～30%”“9亿～16亿元”。',
        en: 'GB/T 15835-2011 §5.1.6: in a range, % ‰ 万 亿 stay on both values: 15%～30%, 9亿～16亿元.',
      },
      bad: '增长15～30%，投资9～16亿元',
      good: '增长15%～30%，投资9亿～16亿元',
    },
  },
  messages: {
    unit: { zh: '数值范围“{text}”的前一数值也应带“{unit}”', en: 'In "{text}" the first value also takes "{unit}"' },
  },
  run(context) {
    checkEachParagraph(context, 'number-range', check);
  },
});

function check(draft: ParsedDraft, p: Paragraph): Finding[] {
  const out: Finding[] = [];
  const t = p.text;
  const s = t.text;
  if (!/\d[ ]*[~\-—至到][ ]*\d/.test(s)) return out;
  RANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RANGE.exec(s))) {
    const [whole, first, , , , , unit] = m;
    // Years (2021—2025) and dates are not value ranges.
    if (/^(19|20)\d{2}$/.test(first)) continue;
    const at = m.index + first.length;
    const insert = t.range(at, at);
    const range = t.range(m.index, m.index + whole.length);
    // Two cells of a table row (8.2	—	8%) are no range: a tab is a cell boundary.
    if (p.tableRow && draft.text.slice(range.start, range.end).includes('\t')) continue;
    out.push({
      range,
      messageId: 'unit',
      args: { text: draft.text.slice(range.start, range.end), unit },
      fix: { range: insert, text: unit },
    });
  }
  return out;
}

