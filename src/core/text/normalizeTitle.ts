/**
 * Title normalisation for citation look-ups. Differences the seeds' crawl and OCR
 * introduce — bracket width, dash kind, quote style, spaces, ○/〇, 二〇三五 ↔ 2035, the
 * 〈〉 around a title inside a title —
 * are not differences between documents.
 */
import { BoundedMemo } from '../memo';
import { fold } from './fold';

const CN_DIGIT: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/** Titles recur (one plan cited throughout a draft, the corpus titles at every look-up). */
const memo = new BoundedMemo(20000, normalize);

export function normalizeTitle(title: string): string {
  return memo.get(title);
}

function normalize(title: string): string {
  return (
    fold(title)
      // 二〇三五年 → 2035年 (four Chinese digits are a year)
      .replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (y) => [...y].map((c) => CN_DIGIT[c]).join(''))
      .replace(/[ \u3000]+/g, '')
      .replace(/[—–－~〜]+/g, '-')
      .replace(/[“”‘’"'「」『』]/g, '')
      .replace(/[〔【[]/g, '(')
      .replace(/[〕】\]]/g, ')')
      // A title cited inside a title takes 〈〉 (《关于印发〈X〉的通知》); the document's
      // own title line carries no marks (关于印发X的通知, GB/T 9704-2012 §7.3.1).
      .replace(/[〈〉《》<>]/g, '')
  );
}
