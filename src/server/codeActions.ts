/**
 * Code actions from the findings kept with each diagnostic (vale-ls style: no
 * second lint): fix this, fix all of this rule, the editor-only suggestions
 * (a clause snippet, a unit name), turn the rule off, open the rule's docs, and
 * source.fixAll.policylint for editor.codeActionsOnSave. Edits touch only the
 * open document; nothing is written behind the user's back.
 */
import {
  CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Command,
  type Diagnostic as LspDiagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes } from '../core/fix';
import type { Diagnostic } from '../core/lint';
import type { Fix, Lang } from '../core/rules/types';
import { CLIENT_COMMANDS } from '../shared/protocol';
import { toLspRange, type DiagnosticData } from './convert';
import type { LintedDocument } from './documents';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policylint`;

const T = {
  zh: {
    change: (s: string) => `改为“${s}”`,
    remove: (s: string) => `删除“${s}”`,
    fixAll: (rule: string, n: number) => `修复本文件所有 ${rule} 问题（${n} 处）`,
    disable: (rule: string) => `在 .policylintrc.json 中关闭规则 ${rule}`,
    docs: (rule: string) => `查看规则说明：${rule}`,
    fixAllSource: '修复所有 PolicyLint 可自动修复的问题',
  },
  en: {
    change: (s: string) => `Change to "${s}"`,
    remove: (s: string) => `Remove "${s}"`,
    fixAll: (rule: string, n: number) => `Fix all ${rule} problems in this file (${n})`,
    disable: (rule: string) => `Turn off ${rule} in .policylintrc.json`,
    docs: (rule: string) => `Show documentation for ${rule}`,
    fixAllSource: 'Fix all auto-fixable PolicyLint problems',
  },
};

function short(s: string): string {
  return s.length > 24 ? s.slice(0, 24) + '…' : s;
}

function edit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri, version }, edits }] };
}

function textEdits(linted: LintedDocument, fixes: readonly Fix[]): TextEdit[] {
  const lines = linted.draft!.lines;
  // The applier decides which fixes go together (no overlaps), as in the CLI.
  const { applied } = applyFixes(linted.draft!.text, fixes);
  return applied.map((f) => ({ range: toLspRange(lines, f.range), newText: f.text }));
}

export function codeActions(params: CodeActionParams, doc: TextDocument, linted: LintedDocument, lang: Lang): (CodeAction | Command)[] {
  const t = T[lang];
  const only = params.context.only;
  const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k.startsWith(CodeActionKind.Source));
  const out: CodeAction[] = [];
  const current = linted.version === doc.version;

  if (wantsFixAll || !only) {
    const fixes = linted.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
    if (fixes.length && current) {
      const action = CodeAction.create(t.fixAllSource, edit(doc.uri, doc.version, textEdits(linted, fixes)), FIX_ALL_KIND);
      if (wantsFixAll) return [action];
      out.push(action);
    } else if (wantsFixAll) return [];
  }
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix))) return out;

  const seenRules = new Set<string>();
  for (const lspDiagnostic of params.context.diagnostics) {
    const data = lspDiagnostic.data as DiagnosticData | undefined;
    if (lspDiagnostic.source !== 'policylint' || !data?.finding) continue;
    const finding = data.finding;
    const fresh = current && data.version === doc.version;
    if (finding.fix && fresh) {
      const original = linted.draft!.text.slice(finding.fix.range.start, finding.fix.range.end);
      const title = finding.fix.text ? t.change(short(finding.fix.text)) : t.remove(short(original));
      const action = CodeAction.create(title, edit(doc.uri, doc.version, textEdits(linted, [finding.fix])), CodeActionKind.QuickFix);
      action.diagnostics = [lspDiagnostic];
      action.isPreferred = true;
      out.push(action);
    }
    if (finding.suggestion && fresh) out.push(suggestionAction(doc, linted, finding, lspDiagnostic, lang));
    if (seenRules.has(finding.ruleId) || finding.ruleId.startsWith('policylint-')) continue;
    seenRules.add(finding.ruleId);
    const sameRule = linted.diagnostics.filter((d) => d.ruleId === finding.ruleId && d.fix);
    if (sameRule.length > 1 && current) {
      const action = CodeAction.create(
        t.fixAll(finding.ruleId, sameRule.length),
        edit(doc.uri, doc.version, textEdits(linted, sameRule.map((d) => d.fix!))),
        CodeActionKind.QuickFix,
      );
      out.push(action);
    }
    out.push(
      CodeAction.create(t.disable(finding.ruleId), { title: t.disable(finding.ruleId), command: CLIENT_COMMANDS.disableRule, arguments: [doc.uri, finding.ruleId] }, CodeActionKind.QuickFix),
      CodeAction.create(t.docs(finding.ruleId), { title: t.docs(finding.ruleId), command: CLIENT_COMMANDS.openRuleDocs, arguments: [finding.ruleId] }, CodeActionKind.QuickFix),
    );
  }
  return out;
}

function suggestionAction(doc: TextDocument, linted: LintedDocument, finding: Pick<Diagnostic, 'suggestion'>, lspDiagnostic: LspDiagnostic, lang: Lang): CodeAction {
  const s = finding.suggestion!;
  const range = toLspRange(linted.draft!.lines, s.range);
  const title = lang === 'en' ? s.title.en : s.title.zh;
  if (s.snippet) {
    // LSP has no snippet edit; the client inserts it as a snippet with tab stops.
    const action = CodeAction.create(
      title,
      { title, command: CLIENT_COMMANDS.applySnippet, arguments: [doc.uri, doc.version, range, s.snippet] },
      CodeActionKind.QuickFix,
    );
    action.diagnostics = [lspDiagnostic];
    return action;
  }
  const action = CodeAction.create(title, edit(doc.uri, doc.version, [{ range, newText: s.text }]), CodeActionKind.QuickFix);
  action.diagnostics = [lspDiagnostic];
  return action;
}
