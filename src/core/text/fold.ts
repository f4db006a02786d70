/**
 * Width folding: a copy of the text of exactly the same length, so every offset
 * into the folded text is also an offset into the original.
 *
 * Drafts arrive with full-width and half-width punctuation mixed (WPS, web crawls,
 * English IMEs). The parser and the rules match against the folded copy, so each
 * pattern is written once, in half-width form, and still underlines the original
 * characters.
 */

/** Code unit → its folded code unit; 0 where the unit stays as it is. */
const FOLD = new Uint16Array(0x10000);

function add(from: string, to: string): void {
  for (let i = 0; i < from.length; i++) FOLD[from.charCodeAt(i)] = (to[i] ?? to[0]).charCodeAt(0);
}

// Full-width ASCII block U+FF01..U+FF5E → U+0021..U+007E.
for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0;
// Every horizontal space a crawl or OCR leaves behind becomes an ASCII space.
add('\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff\t', ' ');
// ○ (U+25CB) is what crawls and OCR put where 〇 (U+3007) belongs.
add('\u25cb\u25ef', '\u3007\u3007');
// Dashes used inside year ranges and titles; — (U+2014) stays as it is.
add('\u2010\u2011\u2012\u2013\u2212\u2500', '------');
// Ratio colon and tilde variants.
add('\u2236\u301c', ':~');

/** Shorter texts are folded code unit by code unit in a string; longer ones in a buffer. */
const SHORT = 64;

/**
 * The buffer longer texts are folded in, kept between calls: a fresh buffer of more
 * than 128 KB is a fresh mmap for the allocator, and filling its new pages cost more
 * than the folding itself on the machines measured (docs/performance.md, Scaling).
 * Texts beyond KEEP_UNITS get a buffer of their own, so a one-off huge input does
 * not stay in memory.
 */
let scratch = Buffer.alloc(0);
const KEEP_UNITS = 4 * 1024 * 1024;

/** Returns a same-length copy with full-width ASCII, odd spaces and look-alikes folded. */
export function fold(text: string): string {
  if (text.length <= SHORT) return foldShort(text);
  // Chinese text has a full-width comma or bracket every few characters: the units
  // are mapped in place in a UTF-16 buffer (outside the JS heap) and decoded once,
  // instead of a regex replacement per mark.
  const bytes = text.length * 2;
  let buffer: Buffer;
  if (text.length > KEEP_UNITS) buffer = Buffer.allocUnsafe(bytes);
  else {
    if (scratch.length < bytes) scratch = Buffer.allocUnsafe(Math.max(bytes, Math.min(2 * scratch.length, 2 * KEEP_UNITS)));
    buffer = scratch;
  }
  buffer.write(text, 0, bytes, 'utf16le');
  const changed = foldUnits(new Uint16Array(buffer.buffer, buffer.byteOffset, text.length));
  return changed ? buffer.toString('utf16le', 0, bytes) : text;
}

/**
 * Maps the units in place; true if any changed. A function of its own because V8
 * compiles a hot loop on its own (on-stack replacement) and re-enters that code on
 * every later call: with the loop inline, the code after it was compiled before the
 * first decode had run and threw the optimised code away once per file.
 */
function foldUnits(units: Uint16Array): boolean {
  let changed = false;
  for (let i = 0; i < units.length; i++) {
    const f = FOLD[units[i]];
    if (f !== 0) {
      units[i] = f;
      changed = true;
    }
  }
  return changed;
}

function foldShort(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const f = FOLD[text.charCodeAt(i)];
    if (f === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Folds a single character (for callers that scan code unit by code unit). */
export function foldChar(ch: string): string {
  const f = FOLD[ch.charCodeAt(0)];
  return f !== 0 ? String.fromCharCode(f) : ch;
}

/**
 * `fold(text)` when `text` equals the text `previous` was folded from except
 * between its first `prefix` and last `suffix` code units: folding maps each code
 * unit on its own, so only the changed middle is folded again.
 */
export function foldEdited(previous: string, text: string, prefix: number, suffix: number): string {
  return previous.slice(0, prefix) + fold(text.slice(prefix, text.length - suffix)) + previous.slice(previous.length - suffix);
}
