/**
 * year-range: a year range joined by a half-width hyphen (or – ~ ～) or with the
 * unit on the first year only: 2022-2025年 → 2022—2025年, 2022年—2025 → 2022—2025年.
 */
import type { Paragraph, ParsedDraft } from '../parse/types';
import { defineRule, type Finding } from './types';
import { checkEachParagraph } from './util';

const RANGE = /((?:19|20)\d{2})([ ]*(?:年[ ]*)?)([-~—至到])([ ]*)((?:19|20)\d{2})(年?)/g;

export default defineRule({
  meta: {
    id: 'year-range',
    category: 'format',
    defaultSeverity: 'info',
    description: { zh: '年份区间的连接号不规范', en: 'Year range written with a hyphen' },
    tags: ['format', 'gb15834', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: 'GB/T 15834—2011 第4.13条：标示时间的起止用一字线“—”，如“2022—2025年”；不用半字线“-”或浪纹线。',
        en: 'GB/T 15834-2011 §4.13: a time span takes the em dash: 2022—2025年, not a hyphen or a tilde.',
      },
      bad: '（2022-2025年）',
      good: '（2022—2025年）',
    },
  },
  messages: {
    hyphen: { zh: '年份区间“{text}”应写作“{canonical}”', en: 'Write the year range "{text}" as "{canonical}"' },
  },
  run(context) {
    checkEachParagraph(context, 'year-range', check);
  },
});

function check(draft: ParsedDraft, p: Paragraph): Finding[] {
  const out: Finding[] = [];
  const t = p.text;
  const s = t.text;
  if (!/(19|20)\d{2}/.test(s)) return out;
  RANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RANGE.exec(s))) {
    const [whole, from, unit1, sep, , to, unit2] = m;
    if (sep === '至' || sep === '到') continue;
    const range = t.range(m.index, m.index + whole.length);
    const original = draft.text.slice(range.start, range.end);
    const dash = draft.text[t.offset(m.index + from.length + unit1.length)];
    const firstUnitOnly = unit1.includes('年') && !unit2;
    if (dash === '—' && !firstUnitOnly) continue;
    if (!unit1.includes('年') && !unit2 && dash !== '—') {
      // 2022-2025 with no 年 at all may be a page range or a code: leave it.
      continue;
    }
    const canonical = unit1.includes('年') && unit2 ? `${from}年—${to}年` : `${from}—${to}年`;
    if (original === canonical) continue;
    out.push({ range, messageId: 'hyphen', args: { text: original, canonical }, fix: { range, text: canonical } });
  }
  return out;
}

