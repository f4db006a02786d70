/**
 * Completion: unit names from the lexicon inside a responsibility clause, corpus
 * titles after 《. Works on the text before the cursor in its line, so it needs no
 * re-parse and answers while the drafter types.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusIndex } from '../core/corpus/types';
import type { UnitLexicon } from '../core/lexicon/units';

const CLAUSE_CONTEXT = /([。;；)）]?)[（(]([^（）()。]*)$/;
const CLAUSE_WORDS = /牵头|配合|负责|责任单位|牵头单位|配合单位|责任部门/;

export function completions(doc: TextDocument, position: Position, lexicon: UnitLexicon, corpus: CorpusIndex): CompletionItem[] {
  const lineStart = doc.offsetAt({ line: position.line, character: 0 });
  const before = doc.getText().slice(lineStart, doc.offsetAt(position));

  const title = /《([^《》]*)$/.exec(before);
  if (title) {
    const typed = title[1];
    const items: CompletionItem[] = [];
    const seen = new Set<string>();
    for (const d of corpus.documents) {
      if (!d.title || seen.has(d.title) || d.type === '通知' || d.type === '批复') continue;
      seen.add(d.title);
      items.push({
        label: d.title,
        kind: CompletionItemKind.Reference,
        detail: [d.type, d.docNumber].filter(Boolean).join(' · '),
        filterText: d.title,
        textEdit: { range: { start: { line: position.line, character: position.character - typed.length }, end: position }, newText: d.title + '》' },
      });
    }
    return items;
  }

  // A clause: a bracket right after a sentence (…。（市 ), or one that already names a role.
  const clause = CLAUSE_CONTEXT.exec(before);
  if (!clause || clause[2].length > 120) return [];
  const afterSentence = clause[1] !== '' || clause.index === 0;
  if (!afterSentence && !CLAUSE_WORDS.test(clause[2])) return [];
  // The unit being typed: after the last separator or label.
  const typed = /[^、，,；;：:（(]*$/.exec(clause[2])?.[0] ?? '';
  const items: CompletionItem[] = lexicon.allNames().map((name) => ({
    label: name,
    kind: CompletionItemKind.Value,
    textEdit: { range: { start: { line: position.line, character: position.character - typed.length }, end: position }, newText: name },
  }));
  items.push(
    { label: '牵头', kind: CompletionItemKind.Keyword, sortText: '0' },
    { label: '配合', kind: CompletionItemKind.Keyword, sortText: '0' },
    {
      label: '（…牵头，…配合）',
      kind: CompletionItemKind.Snippet,
      insertText: '${1:牵头单位}牵头，${2:配合单位}配合',
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: '0',
    },
  );
  return items;
}
