/**
 * 发文字号 (GB/T 9704-2012 §7.2.4): 机关代字〔年份〕序号号, e.g. 甘政办发〔2021〕93号.
 * Finds every number in a paragraph, also the malformed ones the format rule
 * reports: 【】 [] () （） around the year, spaces, 第 before the serial, leading zeros.
 */
import type { MappedText } from '../text/mapped';
import type { DocNumber } from './types';

// Either bracket may be missing (甘政发〔2021 9号), but not both.
// Gaps are bounded ({0,3}): OCR leaves a space or two, and unbounded adjacent
// `[ ]*` would backtrack polynomially on a long run of spaces.
// The year may be cut to two digits (〔26〕) or carry 年 (甘政发2026年12号, （2026年）12号): both malformed.
const DOC_NUMBER =
  /([\u4e00-\u9fff]{0,14})([ ]{0,3})([〔【\[(﹝]?)[ ]{0,3}((?:19|20)\d{2}|(?<!\d)\d{2})(年?)[ ]{0,3}([〕】\])﹞]?)([ ]{0,3})(第?)([ ]{0,3})(\d{1,5})([ ]{0,3})号/g;

/** Words that precede a number in running text but are not part of the 机关代字 (你局康自然资发〔2026〕8号《…的请示》收悉). */
const LEAD_WORDS =
  /^.*(根据|依据|按照|印发|转发|参照|关于|贯彻|落实|执行|详见|见|的|和|及|与|经|以|为|即|文件|号文|(?:你|贵|该|我)(?:局|委|厅|县|市|区|镇|乡|办|部|院|会|所|单位|公司|中心))/;

export function findDocNumbers(text: MappedText): DocNumber[] {
  const s = text.text;
  const out: DocNumber[] = [];
  DOC_NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOC_NUMBER.exec(s))) {
    const [whole, run, gap, open, yearText, yearMark, close, gap2, di, gap3, serialText, gap4] = m;
    const shortYear = yearText.length === 2;
    if (shortYear ? !open || !close : !open && !close && !yearMark) continue;
    const agency = run.replace(LEAD_WORDS, '');
    // 甘政发2026年12号 with no bracket at all: only after a 机关代字 (…发, …函, …字).
    if (!open && !close && !/[发函字令复]$/.test(agency)) continue;
    const agencyStart = m.index + run.length - agency.length;
    const bodyStart = m.index + run.length;
    const end = m.index + whole.length;
    const year = shortYear ? 2000 + Number(yearText) : Number(yearText);
    const serial = Number(serialText);
    const canonicalBody = `〔${year}〕${serial}号`;
    const wellFormed =
      gap === '' && open === '〔' && close === '〕' && !shortYear && yearMark === '' && gap2 === '' && di === '' && gap3 === '' && gap4 === '' &&
      !/^0/.test(serialText) && !/ /.test(whole.slice(bodyStart - m.index));
    out.push({
      agency,
      year,
      serial,
      text: s.slice(agencyStart, end),
      range: text.range(agencyStart, end),
      canonical: agency + canonicalBody,
      wellFormed,
      bodyRange: text.range(bodyStart, end),
      canonicalBody,
    });
  }
  return out;
}

/** The paragraph is a 发文字号 line and nothing else. */
export function isDocNumberLine(line: string, numbers: readonly DocNumber[]): boolean {
  if (numbers.length !== 1) return false;
  const rest = line.replace(numbers[0].text, '').trim();
  return rest.length === 0;
}
