/** Chinese numerals as used in heading numbers (一…九十九) and written dates (二〇一二). */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百';

/** 一 → 1, 十二 → 12, 三十九 → 39, 一百零五 → 105; undefined when not a numeral. */
export function parseChineseNumber(s: string): number | undefined {
  if (s.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let sawUnit = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      current = DIGITS[ch];
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
      sawUnit = true;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
      sawUnit = true;
    } else {
      return undefined;
    }
  }
  // Digit strings without units (二〇一二) are read digit by digit elsewhere.
  if (!sawUnit && s.length > 1) return undefined;
  return total + current;
}

/** 1 → 一, 12 → 十二, 39 → 三十九 (the form heading numbers take). */
export function toChineseNumber(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  const rest = n % 100;
  const head = d[Math.floor(n / 100)] + '百';
  if (rest === 0) return head;
  return head + (rest < 10 ? '零' + d[rest] : rest < 20 ? '一' + toChineseNumber(rest) : toChineseNumber(rest));
}

/** 二〇一二 → 2012 (digit by digit, as years are written). */
export function parseChineseDigits(s: string): number | undefined {
  let n = 0;
  for (const ch of s) {
    if (!(ch in DIGITS) || ch === '两') return undefined;
    n = n * 10 + DIGITS[ch];
  }
  return s.length ? n : undefined;
}
