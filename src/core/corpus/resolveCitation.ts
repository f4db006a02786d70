/**
 * Where a citation points: a document of the same file (a notice's 现将《X》印发给你们,
 * a draft citing itself), an alias declared with 以下简称, or a corpus document
 * (exact, normalised or close title). The citation rules, the CLI's `citations`
 * command and the editor's go-to-definition all use this one function.
 */
import { stripTitleTail } from '../parse/doctype';
import type { Citation, ParsedDraft } from '../parse/types';
import { normalizeTitle } from '../text/normalizeTitle';
import type { CorpusDocument, CorpusIndex } from './types';

export type CitationTarget =
  | { kind: 'corpus'; match: 'exact' | 'normalized' | 'close'; doc: CorpusDocument; score?: number; via?: string }
  | { kind: 'draft'; documentIndex: number; via?: string }
  | { kind: 'none'; closest?: { doc: CorpusDocument; score: number }; via?: string };

/** Titles that name a policy document (as opposed to a play, a periodical, a form). */
const DOCUMENT_ENDING =
  /(规划|纲要|方案|计划|意见|通知|办法|决定|条例|规定|协议|指南|细则|批复|要点|措施|公告|通告|请示|报告|函|法|准则|标准|规则|意见稿)$/;

/** A national law (《中华人民共和国黄河保护法》): cited as the legal basis, never a prior plan of a corpus. */
const NATIONAL_LAW = /^中华人民共和国.{1,40}法$/;

export function namesPolicyDocument(title: string): boolean {
  const t = stripTitleTail(normalizeTitle(title)).replace(/[>)]+$/, '');
  return DOCUMENT_ENDING.test(t) && !NATIONAL_LAW.test(t);
}

/** alias → full title, from every 以下简称 declaration of the file. */
const aliasIndex = new WeakMap<ParsedDraft, Map<string, string>>();

export function aliasesOf(draft: ParsedDraft): Map<string, string> {
  const known = aliasIndex.get(draft);
  if (known) return known;
  const map = new Map<string, string>();
  aliasIndex.set(draft, map);
  for (const doc of draft.documents) {
    for (const c of doc.citations) if (c.aliasDeclared) map.set(normalizeTitle(c.aliasDeclared.alias), c.title);
  }
  return map;
}

const memo = new WeakMap<CorpusIndex, WeakMap<Citation, CitationTarget>>();
const declarers = new WeakMap<ParsedDraft, Map<number, Citation>>();

/** The citation declaring each alias (以下简称…), by where the alias starts: one pass per draft, not one per alias. */
function aliasDeclarers(draft: ParsedDraft): Map<number, Citation> {
  let map = declarers.get(draft);
  if (!map) {
    map = new Map();
    for (const d of draft.documents) for (const c of d.citations) if (c.aliasDeclared && !map.has(c.aliasDeclared.range.start)) map.set(c.aliasDeclared.range.start, c);
    declarers.set(draft, map);
  }
  return map;
}
const titleIndex = new WeakMap<ParsedDraft, Map<string, number>>();

/** Normalised title → index of the first document of the file with that title. */
function ownTitles(draft: ParsedDraft): Map<string, number> {
  let map = titleIndex.get(draft);
  if (!map) {
    map = new Map();
    for (const doc of draft.documents) {
      const t = doc.header.title?.text;
      if (t) {
        const key = normalizeTitle(t);
        if (!map.has(key)) map.set(key, doc.index);
      }
    }
    titleIndex.set(draft, map);
  }
  return map;
}

export function resolveCitation(
  citation: Citation,
  draft: ParsedDraft,
  corpus: CorpusIndex,
  aliases?: Map<string, string>,
): CitationTarget {
  let byCitation = memo.get(corpus);
  if (!byCitation) memo.set(corpus, (byCitation = new WeakMap()));
  const known = byCitation.get(citation);
  if (known) return known;
  const target = resolveUncached(citation, draft, corpus, aliases ?? aliasesOf(draft));
  byCitation.set(citation, target);
  return target;
}

function resolveUncached(
  citation: Citation,
  draft: ParsedDraft,
  corpus: CorpusIndex,
  aliases: Map<string, string>,
): CitationTarget {
  let title = citation.title;
  let via: string | undefined;
  const full = aliases.get(normalizeTitle(title));
  if (full) {
    via = title;
    title = full;
  } else if (citation.isAliasDeclaration) {
    const declaring = aliasDeclarers(draft).get(citation.titleRange.start);
    if (declaring) {
      via = title;
      title = declaring.title;
    }
  }
  const normalized = normalizeTitle(title);
  const own = ownTitles(draft).get(normalized);
  if (own !== undefined) return { kind: 'draft', documentIndex: own, via };
  // 《实施方案》 in the 实施方案 itself (seed 004:148): an undeclared self-reference.
  const host = draft.documents[citation.paragraph.documentIndex];
  if (host?.header.type && (normalized === host.header.type || normalized === '本' + host.header.type)) {
    return { kind: 'draft', documentIndex: host.index, via: title };
  }
  const r = corpus.resolveTitle(title);
  if (r.kind === 'none') return { kind: 'none', closest: r.closest, via };
  return { kind: 'corpus', match: r.kind, doc: r.doc, score: r.kind === 'close' ? r.score : undefined, via };
}

/** The official form of a corpus title for a replacement: full-width brackets, — in year ranges. */
export function officialTitle(title: string): string {
  return (
    title
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(/((?:19|20)\d{2})[-–~～](?=(?:19|20)\d{2})/g, '$1—')
      // A crawled title's spaces around brackets and before 关于 (… 关于印发 《…》 等…) are the page's, not the title's;
      // the space between joint issuers (…办公厅 甘肃省人民政府办公厅) stays.
      .replace(/[ \u3000]*([《》〈〉（）“”])[ \u3000]*/g, '$1')
      .replace(/[ \u3000]+(?=关于)/g, '')
      // Inside the 《》 it is cited in, a title within the title takes 〈〉 (GB/T 15834 §4.15).
      .replace(/《([^《》]*)》/g, '〈$1〉')
  );
}
