'use strict';
/** Figure 4: the language server over stdio (vscode-jsonrpc as the client). */
const { runWorker } = require('../lib/child');

module.exports = async function lsp(cfg) {
  const edits = cfg.quick ? 40 : 200;
  const nav = cfg.quick ? 10 : 50;
  const r = runWorker('lsp.js', [edits, nav], { timeoutMs: 300000 });
  if (r.error) return { id: 4, title: 'Language server', rows: [{ label: 'LSP session', error: r.error }], checks: [], notes: [], data: r };
  const one = (ms) => ({ n: 1, median: ms, min: ms, max: ms, p5: ms, p95: ms });
  const rows = [
    { label: 'spawn → initialize result', stats: one(r.initializedMs) },
    { label: `didOpen seed 001 → first publishDiagnostics (cold, ${r.firstDiagnosticsCount} diagnostics)`, stats: one(r.firstDiagnosticsMs) },
    { label: `one-character edit in the middle: the server's re-lint (parse + rules; lintMs of policylint/status, ${r.relint.n} edits)`, stats: r.relint.stats, p50p95: true },
    { label: `one-character edit in the middle → publishDiagnostics, round trip (${r.edits.n} edits, debounceMs 0, ${r.firstDiagnosticsCount} diagnostics each)`, stats: r.edits.stats, p50p95: true },
    { label: 'open the other four seeds together → all their diagnostics', stats: one(Math.max(...Object.values(r.otherOpenMs))) },
    { label: 'definition on a citation 《…》', stats: r.definition.stats, p50p95: true },
    { label: 'hover on a citation 《…》', stats: r.hover.stats, p50p95: true },
    { label: 'hover on the 发文字号: first (asks the keyword worker; nodejieba loads there)', stats: one(r.docNumberHover.firstMs) },
    { label: 'hover on the 发文字号: next request, while the dictionary loads', stats: one(r.docNumberHover.behindDictionaryLoadMs) },
    ...(r.docNumberHover.duringLoad ? [{ label: `hover requests polled every 20 ms until keywords appear (after ${r.docNumberHover.keywordsAfterMs === undefined ? '— never' : Math.round(r.docNumberHover.keywordsAfterMs) + ' ms'})`, stats: r.docNumberHover.duringLoad, p50p95: true }] : []),
    { label: `hover on the 发文字号: warm, with keywords (${r.docNumberHover.hasKeywords ? 'shown' : 'not shown'})`, stats: r.docNumberHover.stats, p50p95: true },
    { label: 'server RSS, five seeds open (VmRSS)', value: r.rssAllOpen.rssMB, unit: 'MB' },
    { label: 'server RSS after the 发文字号 hover loaded nodejieba', value: r.rssAfterHover.rssMB, unit: 'MB' },
  ];
  const le = (name, value, budget, unit = 'ms') => ({ name, value, unit, budget, op: '<=', pass: value <= budget });
  const checks = [
    r.relint.n ? le('re-lint after a one-character edit in the middle of seed 001, p95', r.relint.stats.p95, 5) : { name: 're-lint p95', error: 'the server sent no lintMs', pass: false },
    { name: 'edit → publishDiagnostics round trip p50 (re-lint, LSP conversion, JSON of every diagnostic both ways)', value: r.edits.stats.p50, unit: 'ms', info: true },
    { name: 'edit → publishDiagnostics round trip p95', value: r.edits.stats.p95, unit: 'ms', info: true },
    le('first diagnostics after the server starts (initialize + didOpen → publishDiagnostics)', r.initializedMs + r.firstDiagnosticsMs, 1500),
    le('definition p95', r.definition.stats.p95, 20),
    le('hover p95', r.hover.stats.p95, 20),
    le('server memory with the five seeds open (VmRSS)', r.rssAllOpen.rssMB, 400, 'MB'),
    { name: 'nodejieba not mapped in the server before any hover (lint path)', pass: r.jiebaBeforeHover === false, value: r.jiebaBeforeHover ? 'loaded' : 'not loaded' },
  ];
  const notes = [
    `workspace/configuration answered with debounceMs 0 (${r.configRequests} requests); edits alternate insert 改 / delete at line ${r.edits.position.line + 1}, so the text stays the size of seed 001.`,
    `Citation at line ${r.citation.position.line + 1}:${r.citation.position.character + 1}; definition → ${r.citation.definitionTarget ? r.citation.definitionTarget.split('/').pop() : 'nothing'}.`,
  ];
  return { id: 4, title: 'Language server (dist/server.js --stdio)', rows, checks, notes, data: r };
};
