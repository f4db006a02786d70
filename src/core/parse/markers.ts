/**
 * Heading markers at the start of a paragraph: 一、 / （一） / 1. / （1） and the
 * wrong variants drafters type (1、 一. （一）、 1） …). Works on folded text, so
 * full-width and half-width forms are matched by the same patterns.
 */
import { parseChineseNumber } from '../text/numerals';

/** The level a marker stands for in the standard hierarchy (1 一、, 2 （一）, 3 1., 4 （1）). */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** Chapter markers of long 规划 (第一章 / 第一节 / 第一篇) sit above the standard four. */
export type ChapterKind = '篇' | '章' | '节';

export interface Marker {
  level: HeadingLevel;
  /** Set for 第X篇 / 第X章 / 第X节 (level then says nothing; the outline places them). */
  chapter?: ChapterKind;
  /** The number's value (一 → 1). */
  number: number;
  /** The number as written (一, 12). */
  numberText: string;
  /** Length of the marker in the folded text, spaces after it included. */
  length: number;
  /** Length of the marker proper (no trailing spaces). */
  markerLength: number;
  /** True when the marker is the standard form of its level (width aside). */
  standard: boolean;
}

const CN = '[一二三四五六七八九十百]+';
const L1 = new RegExp(`^(${CN})[ ]*([、.,;:])`);
const L2 = new RegExp(`^\\([ ]*(${CN})[ ]*\\)[ ]*([、.,;:])?`);
const L2_HALF = new RegExp(`^(${CN})\\)`);
// A digit right after the dot makes a decimal (1.5万亩), except before the G/D/K/A of
// 5G, 3D, 4K, 5A: `1.5G网络提升工程` is item 1.
const L3 = /^(\d{1,3})[ ]*([.、,;:])(?!\d(?![GDKA](?![A-Za-z])))/;
const L4 = /^\([ ]*(\d{1,3})[ ]*\)[ ]*([、.,;:])?/;
const L4_HALF = /^(\d{1,3})\)/;
const CHAPTER = new RegExp(`^第[ ]*(${CN})[ ]*(篇|章|节)(?=[ :、.]|[\u4e00-\u9fff“])[ :、.]*`);

/** 第一条 / 第二十一条 at the start of a paragraph: an article of a 办法, 规定 or 细则. */
export interface ArticleMarker {
  number: number;
  numberText: string;
  /** Length of 第…条 in the folded text. */
  markerLength: number;
}

// 第二条之一 is an article inserted by an amendment, not a second 第二条: left out.
const ARTICLE = /^第[ ]*([零〇一二三四五六七八九十百]+)[ ]*条(?!之[一二三四五六七八九十])(?=[ ]|[\u4e00-\u9fff“(])/;

export function matchArticle(folded: string): ArticleMarker | undefined {
  if (folded.charCodeAt(0) !== 0x7b2c /* 第 */) return undefined;
  const m = ARTICLE.exec(folded);
  const number = m ? parseChineseNumber(m[1]) : undefined;
  return m && number ? { number, numberText: m[1], markerLength: m[0].length } : undefined;
}

/** The standard marker for a level and number, in full-width form. */
export function standardMarker(level: HeadingLevel, numberText: string): string {
  switch (level) {
    case 1:
      return `${numberText}、`;
    case 2:
      return `（${numberText}）`;
    case 3:
      return `${numberText}.`;
    case 4:
      return `（${numberText}）`;
  }
}

/** Recognises a heading marker at the start of `folded` (indentation already removed). */
export function matchMarker(folded: string): Marker | undefined {
  const first = folded.charCodeAt(0);
  let m: RegExpExecArray | null;
  if (first === 0x7b2c /* 第 */) {
    if (!(m = CHAPTER.exec(folded))) return undefined;
    const number = parseChineseNumber(m[1]);
    if (!number) return undefined;
    const markerLength = m[0].replace(/[ :、.]+$/, '').length;
    return { level: 1, chapter: m[2] as ChapterKind, number, numberText: m[1], length: m[0].length, markerLength, standard: true };
  }
  if (first === 40 /* ( */) {
    if ((m = L2.exec(folded))) return build(2, m, m[2] === undefined, folded);
    if ((m = L4.exec(folded))) return build(4, m, m[2] === undefined, folded);
    return undefined;
  }
  if (first >= 48 && first <= 57) {
    if ((m = L4_HALF.exec(folded))) return build(4, m, false, folded);
    if ((m = L3.exec(folded))) return build(3, m, m[2] === '.', folded);
    return undefined;
  }
  if ((m = L2_HALF.exec(folded))) return build(2, m, false, folded);
  if ((m = L1.exec(folded))) {
    // 一是 / 十四五 are not markers, but L1 requires punctuation right after the
    // numeral, so those never get here. A lone 十 before 、 is fine (十、).
    return build(1, m, m[2] === '、', folded);
  }
  return undefined;
}

function build(level: HeadingLevel, m: RegExpExecArray, standard: boolean, folded: string): Marker | undefined {
  const numberText = m[1];
  const number = level === 1 || level === 2 ? parseChineseNumber(numberText) : Number(numberText);
  if (number === undefined || number === 0) return undefined;
  const markerLength = m[0].replace(/ +$/, '').length;
  let length = m[0].length;
  while (folded.charCodeAt(length) === 32) length++;
  return { level, chapter: undefined, number, numberText, length, markerLength, standard };
}
