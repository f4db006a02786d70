/**
 * The stated units (镇应急办牵头，… / 由X负责 / X要…) that name a unit the lexicon knows,
 * by paragraph. The parser finds the words in subject position; whether they name a
 * unit is the lexicon's call. responsible-unit-missing and the responsibility matrix
 * read an item as assigned by the same test, so both ask here.
 */
import type { Paragraph, PolicyDocument, UnitMention } from '../parse/types';
import type { UnitLexicon } from './units';

export type StatedUnitsByParagraph = ReadonlyMap<Paragraph, readonly UnitMention[]>;

export function knownStatedUnits(doc: PolicyDocument, lexicon: UnitLexicon): StatedUnitsByParagraph {
  const out = new Map<Paragraph, UnitMention[]>();
  for (const u of doc.statedUnits) {
    if (!lexicon.isKnown(u.name)) continue;
    const list = out.get(u.paragraph);
    if (list) list.push(u);
    else out.set(u.paragraph, [u]);
  }
  return out;
}

/** The known units an item's sentences state, in document order. */
export function statedUnitsIn(paragraphs: readonly Paragraph[], stated: StatedUnitsByParagraph): UnitMention[] {
  return paragraphs.flatMap((p) => stated.get(p) ?? []);
}
