/**
 * Width folding: a copy of the text of exactly the same length, so every offset
 * into the folded text is also an offset into the original.
 *
 * Drafts arrive with full-width and half-width punctuation mixed (WPS, web crawls,
 * English IMEs). The parser and the rules match against the folded copy, so each
 * pattern is written once, in half-width form, and still underlines the original
 * characters.
 */

const FOLD = new Map<number, string>();

function add(from: string, to: string): void {
  for (let i = 0; i < from.length; i++) FOLD.set(from.charCodeAt(i), to[i] ?? to[0]);
}

// Full-width ASCII block U+FF01..U+FF5E → U+0021..U+007E.
for (let c = 0xff01; c <= 0xff5e; c++) FOLD.set(c, String.fromCharCode(c - 0xfee0));
// Every horizontal space a crawl or OCR leaves behind becomes an ASCII space.
add('\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff\t', ' ');
// ○ (U+25CB) is what crawls and OCR put where 〇 (U+3007) belongs.
add('\u25cb\u25ef', '\u3007\u3007');
// Dashes used inside year ranges and titles; — (U+2014) stays as it is.
add('\u2010\u2011\u2012\u2013\u2212\u2500', '------');
// Ratio colon and tilde variants.
add('\u2236\u301c', ':~');

const SPACES = /[\u00a0\u2002-\u200a\u202f\u205f\u3000\ufeff\t]/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const REST = /[\u25cb\u25ef\u2010-\u2013\u2212\u2500\u2236\u301c]/g;

/** Returns a same-length copy with full-width ASCII, odd spaces and look-alikes folded. */
export function fold(text: string): string {
  // Separate passes: replacing with a constant needs no callback, and most drafts
  // have many indentation spaces and few of the rest.
  let s = text.replace(SPACES, ' ');
  if (FULL_WIDTH.test(s)) s = s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  FULL_WIDTH.lastIndex = 0;
  if (REST.test(s)) s = s.replace(REST, (ch) => FOLD.get(ch.charCodeAt(0))!);
  REST.lastIndex = 0;
  return s;
}

/** Folds a single character (for callers that scan code unit by code unit). */
export function foldChar(ch: string): string {
  return FOLD.get(ch.charCodeAt(0)) ?? ch;
}

/**
 * `fold(text)` when `text` equals the text `previous` was folded from except
 * between its first `prefix` and last `suffix` code units: folding maps each code
 * unit on its own, so only the changed middle is folded again.
 */
export function foldEdited(previous: string, text: string, prefix: number, suffix: number): string {
  return previous.slice(0, prefix) + fold(text.slice(prefix, text.length - suffix)) + previous.slice(previous.length - suffix);
}
