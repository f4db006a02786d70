/** Every snippet inserts in a real editor, and its placeholders are tab stops. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAll } from './util';

interface Snippet {
  prefix: string[] | string;
  body: string[] | string;
  description: string;
}

const repo = process.env.POLICYLINT_REPO_ROOT ?? path.resolve(__dirname, '../../../..');
const snippets = JSON.parse(fs.readFileSync(path.join(repo, 'snippets/policy-draft.code-snippets'), 'utf8')) as Record<string, Snippet>;

describe('snippets', function () {
  this.timeout(60000);
  afterEach(closeAll);

  it('has the standard sections', () => {
    const all = Object.values(snippets).map((s) => [s.prefix].flat().join(' ')).join(' ');
    for (const p of ['zdsx', 'jbyz', 'fzmb', 'bzcs', 'zl', 'ssfa', 'gh', 'xdjh', 'tz', 'zrdw']) assert.match(all, new RegExp(`\\b${p}\\b`), p);
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`inserts "${name}" with its first placeholder selected`, async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'policy-draft', content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'policy-draft', name });
      const body = [snippet.body].flat().join('\n');
      const text = doc.getText();
      assert.ok(text.length > 0, 'nothing inserted');
      // The literal text of the body (outside placeholders) is there.
      const literal = body.split(/\$\{[^}]*\}|\$\d/)[0].replace(/\\\$/g, '$');
      assert.ok(text.startsWith(literal.slice(0, 10)), `${JSON.stringify(text.slice(0, 30))} vs ${JSON.stringify(literal.slice(0, 30))}`);
      const first = /\$\{1:([^}]*)\}/.exec(body);
      if (first) {
        assert.strictEqual(doc.getText(editor.selection), first[1].split('|')[0]);
        const second = /\$\{2:([^}]*)\}/.exec(body);
        if (second) {
          await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
          assert.strictEqual(doc.getText(editor.selection), second[1]);
        }
      }
    });
  }
});
