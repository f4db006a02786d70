/**
 * The status bar item: the detected document type and counts for a draft, or, for
 * a .txt/.md that is not treated as a draft, a quiet note saying so and how to
 * change it (users of other linters complain most that "nothing happens").
 */
import * as vscode from 'vscode';
import { CLIENT_COMMANDS, type DocumentStatus } from '../shared/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policylint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, DocumentStatus>();

  constructor() {
    this.item.name = 'PolicyLint';
  }

  get(uri: vscode.Uri): DocumentStatus | undefined {
    return this.byUri.get(uri.toString());
  }

  update(status: DocumentStatus): void {
    this.byUri.set(status.uri, status);
    const active = vscode.window.activeTextEditor?.document;
    if (active?.uri.toString() === status.uri) this.show(active);
  }

  show(doc: vscode.TextDocument | undefined): void {
    const status = doc && this.byUri.get(doc.uri.toString());
    if (!doc || !status) {
      this.item.hide();
      return;
    }
    if (status.reason === 'corpus') {
      this.item.text = `$(book) ${vscode.l10n.t('prior plan')}`;
      this.item.tooltip = vscode.l10n.t('A prior plan of the corpus: shown for reference, not checked.');
      this.item.command = undefined;
      this.item.backgroundColor = undefined;
      this.item.show();
      return;
    }
    if (!status.isDraft) {
      this.item.text = '$(circle-slash) PolicyLint';
      this.item.tooltip =
        status.reason === 'disabled'
          ? vscode.l10n.t('PolicyLint is turned off (setting policylint.enable).')
          : vscode.l10n.t('Not checked as a policy draft: no document title or 文号 with Chinese heading markers was found. Click to check this file as a policy draft.');
      this.item.command = status.reason === 'disabled' ? undefined : CLIENT_COMMANDS.lintAsDraft;
      this.item.backgroundColor = undefined;
      this.item.show();
      return;
    }
    const type = status.documentType ?? vscode.l10n.t('policy draft');
    this.item.text = `$(law) ${type}  $(error) ${status.errors}  $(warning) ${status.warnings}  $(info) ${status.infos}`;
    const lines = [vscode.l10n.t('PolicyLint: checked as {0}', type)];
    if (status.configFile) lines.push(vscode.l10n.t('Configuration: {0}', status.configFile));
    if (status.configProblem) lines.push(vscode.l10n.t('Configuration problem (defaults used): {0}', status.configProblem));
    if (status.lintMs !== undefined) lines.push(vscode.l10n.t('Checked in {0} ms', Math.max(1, Math.round(status.lintMs))));
    lines.push(vscode.l10n.t('Click to open the Problems panel.'));
    this.item.tooltip = lines.join('\n');
    this.item.command = 'workbench.actions.view.problems';
    this.item.backgroundColor = status.configProblem ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
