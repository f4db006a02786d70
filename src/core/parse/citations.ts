/**
 * Citations 《title》 in a paragraph: nesting (an inner title must be 〈〉), alias
 * declarations （以下简称《X》）, and the 文号 written after (or, wrongly, before)
 * the title. Unbalanced brackets are collected for `citation-brackets`.
 */
import type { BracketProblem, Citation, DocNumber, Paragraph } from './types';

// Also after the 文号: （甘政发〔2023〕73号，以下简称《规划》） and （甘政发〔2023〕73号）（以下简称《规划》）.
const ALIAS = /^[ ]*(?:\([^()]{0,30}?号\)[ ]*)?\([ ]*(?:[^()]{0,30}?号[ ]*[,;][ ]*)?(?:以下简称|以下称|下称|简称)[ ]*(?:为[ ]*)?([《“"'])([^》”"')]{1,40})[》”"']?[ ]*\)/;
const BRACKET_AFTER = /^[ ]*\(([^()]{1,60})\)/;

export function findCitations(
  paragraph: Paragraph,
  docNumbers: readonly DocNumber[],
): { citations: Citation[]; problems: BracketProblem[] } {
  const text = paragraph.text;
  const s = text.text;
  const citations: Citation[] = [];
  const problems: BracketProblem[] = [];
  if (!s.includes('《') && !s.includes('》')) return { citations, problems };

  // Pair the brackets with a stack. A 《 never closed is reported and does not
  // swallow the titles after it (…意见要求，根据《B》): a pair counts as a citation
  // when no closed pair encloses it.
  const opens: number[] = [];
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x300a /* 《 */) opens.push(i);
    else if (c === 0x300b /* 》 */) {
      const open = opens.pop();
      if (open === undefined) problems.push({ kind: 'unopened', range: text.range(i, i + 1), paragraph });
      else pairs.push([open, i]);
    }
  }
  for (const open of opens) problems.push({ kind: 'unclosed', range: text.range(open, open + 1), paragraph });
  // Pairs closed in order of their 》; inner pairs close before the one around them.
  pairs.sort((a, b) => a[0] - b[0]);
  for (let k = 0; k < pairs.length; ) {
    const [open, close] = pairs[k];
    const nested: number[] = [];
    let j = k + 1;
    while (j < pairs.length && pairs[j][0] < close) nested.push(pairs[j++][0]);
    citations.push(makeCitation(paragraph, open, close, nested, docNumbers));
    k = j;
  }
  for (const c of citations) {
    for (const r of c.nestedBrackets ?? []) problems.push({ kind: 'nested', range: r, paragraph });
  }
  markAliasDeclarations(citations);
  return { citations, problems };
}

function makeCitation(
  paragraph: Paragraph,
  open: number,
  close: number,
  nested: number[],
  docNumbers: readonly DocNumber[],
): Citation {
  const text = paragraph.text;
  const s = text.text;
  const inner = s.slice(open + 1, close);
  // An inner 《…》 is read as 〈…〉 for matching.
  const title = inner.replace(/《/g, '〈').replace(/》/g, '〉');
  const citation: Citation = {
    title,
    range: text.range(open, close + 1),
    titleRange: text.range(open + 1, close),
    paragraph,
    isAliasDeclaration: false,
  };
  if (nested.length) citation.nestedBrackets = nested.map((i) => text.range(i, i + 1));

  const after = s.slice(close + 1);
  const alias = ALIAS.exec(after);
  if (alias) {
    const aStart = close + 1 + alias[0].indexOf(alias[2]);
    citation.aliasDeclared = { alias: alias[2], range: text.range(aStart, aStart + alias[2].length) };
  }
  const bracket = BRACKET_AFTER.exec(after);
  const afterStart = text.offset(close + 1);
  const afterEnd = bracket ? text.offset(close + bracket[0].length) : afterStart;
  citation.docNumberAfter = docNumbers.find((d) => d.range.start >= afterStart && d.range.end <= afterEnd + 1);
  // 甘政发〔2021〕9号《…》: the number ends right before the title.
  const openOffset = text.offset(open);
  citation.docNumberBefore = docNumbers.find((d) => {
    if (d.range.end > openOffset) return false;
    const between = s.slice(indexOfOffset(paragraph, d.range.end), open);
    return /^[ ]*$/.test(between);
  });
  return citation;
}

/** Index in the paragraph text of an original offset (paragraph texts are mostly contiguous). */
function indexOfOffset(paragraph: Paragraph, offset: number): number {
  const text = paragraph.text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (text.offset(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The 《规划》 inside （以下简称《规划》） is a declaration, not a citation to resolve. */
function markAliasDeclarations(citations: Citation[]): void {
  for (const c of citations) {
    if (!c.aliasDeclared) continue;
    const alias = citations.find((d) => d.titleRange.start === c.aliasDeclared!.range.start);
    if (alias) alias.isAliasDeclaration = true;
  }
}
