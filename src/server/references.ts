/**
 * "Find references" on a cited plan: every citation of it in the open documents
 * and in the drafts of the workspace, resolved the same way as go-to-definition.
 */
import type { Location } from 'vscode-languageserver';
import { aliasesOf, resolveCitation } from '../core/corpus/resolveCitation';
import type { CorpusIndex } from '../core/corpus/types';
import type { ParsedDraft } from '../core/parse/types';
import { toLspRange } from './convert';
import { corpusLocation, type Target } from './navigation';
import { WorkspaceIndex } from './workspaceIndex';

/** What a citation or 文号 points at, as a comparable key. */
function keyOf(t: Target, uri: string): string {
  if (t.kind === 'docNumber') return t.doc ? `${t.doc.file}#${t.doc.index}` : `no:${t.number.canonical}`;
  if (t.target.kind === 'corpus') return `${t.target.doc.file}#${t.target.doc.index}`;
  if (t.target.kind === 'draft') return `${uri}#${t.target.documentIndex}`;
  return `title:${t.citation.title}`;
}

export function findReferences(
  target: Target,
  uri: string,
  corpus: CorpusIndex,
  openDrafts: Array<{ uri: string; draft: ParsedDraft }>,
  workspace: WorkspaceIndex,
  includeDeclaration: boolean,
): Location[] {
  const wanted = keyOf(target, uri);
  const out: Location[] = [];
  const scan = (docUri: string, draft: ParsedDraft | undefined) => {
    if (!draft) return;
    const aliases = aliasesOf(draft);
    for (const d of draft.documents) {
      for (const citation of d.citations) {
        const t = resolveCitation(citation, draft, corpus, aliases);
        if (keyOf({ kind: 'citation', citation, target: t }, docUri) === wanted) out.push({ uri: docUri, range: toLspRange(draft.lines, citation.titleRange) });
      }
    }
  };
  const seen = new Set<string>();
  for (const open of openDrafts) {
    seen.add(open.uri);
    scan(open.uri, open.draft);
  }
  for (const file of workspace.draftFiles()) {
    const fileUri = WorkspaceIndex.uriOf(file);
    if (!seen.has(fileUri)) scan(fileUri, workspace.parsed(file));
  }
  if (includeDeclaration && target.kind === 'citation' && target.target.kind === 'corpus') out.unshift(corpusLocation(target.target.doc));
  return out;
}
