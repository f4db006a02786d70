/** A read-only virtual Markdown document holding the structure check of a draft, shown in the preview. */
import * as vscode from 'vscode';

export const STRUCTURE_SCHEME = 'policylint-structure';

export class StructureView implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(source: vscode.Uri, markdown: string): vscode.Uri {
    const name = source.path.split('/').pop() ?? 'draft';
    const uri = vscode.Uri.from({ scheme: STRUCTURE_SCHEME, path: `/${name}.structure.md`, query: source.toString() });
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }
}
