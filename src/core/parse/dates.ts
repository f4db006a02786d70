/**
 * 成文日期 lines (GB/T 9704-2012 §7.3.5.1: Arabic numerals, year in full, month and
 * day without leading zeros: 2024年11月17日), and the malformed ones drafters
 * write: 二〇一二年九月二十九日, 2024.11.17, 2024-11-17, 2024年01月05日.
 */
import { parseChineseDigits, parseChineseNumber } from '../text/numerals';
import type { MappedText } from '../text/mapped';
import type { DateLine } from './types';

const CN = '[〇零一二三四五六七八九十]';
const DATE_LINE = new RegExp(
  `^((?:19|20)\\d{2}|${CN}{4})[ ]*(年|\\.|-|/)[ ]*(\\d{1,2}|${CN}{1,2})[ ]*(月|\\.|-|/)[ ]*(\\d{1,2}|${CN}{1,3})[ ]*(日|号)?$`,
);

/** Parses a paragraph that is a date and nothing else. */
export function parseDateLine(text: MappedText): DateLine | undefined {
  const t = text.text;
  if (t.length > 24) return undefined;
  const m = DATE_LINE.exec(t);
  if (!m) return undefined;
  const [, y, sep1, mo, sep2, d, dayUnit] = m;
  const year = /\d/.test(y) ? Number(y) : parseChineseDigits(y);
  const month = /\d/.test(mo) ? Number(mo) : parseChineseNumber(mo);
  const day = /\d/.test(d) ? Number(d) : parseChineseNumber(d);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  // 年/月 separators must agree: 2024年11.17 is no date.
  if ((sep1 === '年') !== (sep2 === '月')) return undefined;
  if (sep1 !== '年' && dayUnit) return undefined;
  const canonical = `${year}年${month}月${day}日`;
  return { text: t, range: text.fullRange, year, month, day, canonical, wellFormed: t === canonical };
}
