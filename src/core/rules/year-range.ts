/**
 * year-range: a year range joined by a half-width hyphen (or – ~ ～) or with the
 * unit on the first year only: 2022-2025年 → 2022—2025年, 2022年—2025 → 2022—2025年;
 * or with the second year cut short (GB/T 15835-2011 §4.1.2): 2026—28年 → 2026—2028年;
 * and spans of days and hours joined the same way: 5月1日-3日 → 5月1日—3日, 7:00-19:00 → 7:00—19:00.
 */
import type { Paragraph, ParsedDraft } from '../parse/types';
import { defineRule, type Finding } from './types';
import { checkEachParagraph } from './util';
import { quote } from './quote';

// The second year may be cut to two digits before 年 (2026—28年), which the standard does not allow.
const RANGE = /((?:19|20)\d{2})([ ]*(?:年[ ]*)?)([-~—至到])([ ]*)((?:19|20)\d{2}|\d{2}(?=年))(年?)/g;

export default defineRule({
  meta: {
    id: 'year-range',
    category: 'format',
    defaultSeverity: 'info',
    description: { zh: '年份、日期或时间区间的连接号不规范', en: 'Year, day or time range written with a hyphen' },
    tags: ['format', 'gb15834', 'fixable'],
    fixable: true,
    docs: {
      rationale: {
        zh: 'GB/T 15834—2011 第4.13条：标示时间的起止用一字线“—”，如“2022—2025年”“5月1日—3日”“9:00—17:00”；不用半字线“-”或浪纹线。GB/T 15835—2011：年份不能简写，“2026—28年”应写作“2026—2028年”。',
        en: 'GB/T 15834-2011 §4.13: a time span takes the em dash: 2022—2025年, 5月1日—3日, 9:00—17:00, not a hyphen or a tilde. GB/T 15835-2011: years are written in full (2026—2028年, not 2026—28年).',
      },
      bad: '（2022-2025年）',
      good: '（2022—2025年）',
    },
  },
  messages: {
    hyphen: { zh: '年份区间“{text}”应写作“{canonical}”', en: 'Write the year range "{text}" as "{canonical}"' },
    dayHyphen: { zh: '日期区间“{text}”应使用一字线：“{canonical}”', en: 'Join the days "{text}" with an em dash: "{canonical}"' },
    timeHyphen: { zh: '时间区间“{text}”应使用一字线：“{canonical}”', en: 'Join the times "{text}" with an em dash: "{canonical}"' },
    abbreviated: { zh: '年份不应简写：“{text}”应写作“{canonical}”', en: 'Write years in full: "{text}" should be "{canonical}"' },
  },
  run(context) {
    checkEachParagraph(context, 'year-range', check);
  },
});

function check(draft: ParsedDraft, p: Paragraph): Finding[] {
  const out: Finding[] = [];
  const t = p.text;
  const s = t.text;
  if (/[-~–]/.test(s) && /[:月日]/.test(s)) checkDayAndTimeRanges(draft, p, out);
  if (!/(19|20)\d{2}/.test(s)) return out;
  RANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RANGE.exec(s))) {
    const [whole, from, unit1, sep, , written, unit2] = m;
    // 2026—28年: the century of the first year; not a range if it does not go forward.
    const abbreviated = written.length === 2;
    const to = abbreviated ? from.slice(0, 2) + written : written;
    if (abbreviated && Number(to) <= Number(from)) continue;
    if ((sep === '至' || sep === '到') && !abbreviated) continue;
    const range = t.range(m.index, m.index + whole.length);
    const original = draft.text.slice(range.start, range.end);
    // Two cells of a table row (2025年	2030年) are no range.
    if (p.tableRow && original.includes('\t')) continue;
    const dashAt = m.index + from.length + unit1.length;
    const dash = draft.text[t.offset(dashAt)];
    const firstUnitOnly = unit1.includes('年') && !unit2;
    if (dash === '—' && !firstUnitOnly && !abbreviated) continue;
    if (!unit1.includes('年') && !unit2 && dash !== '—') {
      // 2022-2025 with no 年 at all may be a page range or a code: leave it.
      continue;
    }
    const joiner = sep === '至' || sep === '到' ? sep : '—';
    const canonical = unit1.includes('年') && unit2 ? `${from}年${joiner}${to}年` : `${from}${joiner}${to}年`;
    if (original === canonical) continue;
    // Only the dash is wrong: the fix replaces the dash alone, so a range broken over two
    // lines (2026- / 2030年) keeps its line break. Otherwise the whole range, on one line.
    const dashOnly = !abbreviated && !firstUnitOnly;
    const fix = dashOnly
      ? { range: t.range(dashAt, dashAt + 1), text: joiner }
      : /[\r\n]/.test(original)
        ? undefined
        : { range, text: canonical };
    out.push({ range, messageId: abbreviated ? 'abbreviated' : 'hyphen', args: { text: quote(draft, range), canonical }, fix });
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/**
 * 5月1日-5月3日, 5月1-3日, 5月-10月, 7:00-19:00: a span of days, months or hours joined by a hyphen or a
 * tilde; the fix puts the 一字线 in place of the mark alone. A phone number (0931-8888888)
 * or an ISO date has neither 月…日 nor a colon and is not matched.
 */
const DAY_OR_TIME_RANGE = /(\d{1,2}月(?:\d{1,2}日?)?|\d{1,2}:\d{2})[ ]*([-~–])[ ]*(\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日|\d{1,2}:\d{2})/g;

function checkDayAndTimeRanges(draft: ParsedDraft, p: Paragraph, out: Finding[]): void {
  const t = p.text;
  const s = t.text;
  DAY_OR_TIME_RANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DAY_OR_TIME_RANGE.exec(s))) {
    const [whole, from, sep, to] = m;
    const time = from.includes(':');
    // Both ends of one kind: hours with hours, days with days (5月1-3日 keeps 日 for the end only), months with months.
    const month = /月$/.test(from);
    if (time !== to.includes(':') || (month ? !/月$/.test(to) : !time && !from.endsWith('日') && !/^\d{1,2}日$/.test(to))) continue;
    // A digit right before (10:00 in 110:00) or after is some other figure.
    if (/\d/.test(s[m.index - 1] ?? '') || /\d/.test(s[m.index + whole.length] ?? '')) continue;
    const dashAt = m.index + whole.indexOf(sep, from.length);
    const range = t.range(m.index, m.index + whole.length);
    const original = draft.text.slice(range.start, range.end);
    if (p.tableRow && original.includes('\t')) continue;
    // As written (a full-width colon stays), the mark alone replaced.
    const dash = t.offset(dashAt) - range.start;
    const canonical = `${original.slice(0, dash)}—${original.slice(dash + 1)}`;
    out.push({
      range,
      messageId: time ? 'timeHyphen' : 'dayHyphen',
      args: { text: quote(draft, range), canonical },
      fix: { range: t.range(dashAt, dashAt + 1), text: '—' },
    });
  }
}

