'use strict';
/** Figure 5: extension activation, as recorded by the integration suite. */
const fs = require('node:fs');
const path = require('node:path');
const { ACTIVATION_JSON, ROOT } = require('../lib/paths');

module.exports = async function activation() {
  const rel = path.relative(ROOT, ACTIVATION_JSON);
  if (!fs.existsSync(ACTIVATION_JSON)) {
    return { id: 5, title: 'Extension activation', rows: [{ label: `activation (${rel})`, text: 'not measured in this run' }], checks: [], notes: [`${rel} is written by \`npm run test:integration\`; it was not found.`], data: { found: false } };
  }
  const a = JSON.parse(fs.readFileSync(ACTIVATION_JSON, 'utf8'));
  const stat = fs.statSync(ACTIVATION_JSON);
  const ms = Number(a.activationMs);
  const one = (v) => ({ n: 1, median: Number(v), min: Number(v), max: Number(v), p5: Number(v), p95: Number(v) });
  return {
    id: 5,
    title: 'Extension activation',
    rows: [
      { label: `module load → end of activate() (activationMs from ${rel})`, stats: { n: 1, median: ms, min: ms, max: ms, p5: ms, p95: ms } },
      ...(a.evaluateMs === undefined ? [] : [{ label: 'evaluating dist/extension.js (banner → footer; evaluateMs)', stats: one(a.evaluateMs) }]),
      ...(a.activateBodyMs === undefined ? [] : [{ label: 'activate() alone (activateBodyMs)', stats: one(a.activateBodyMs) }]),
      ...(a.evaluateMs === undefined || a.activateBodyMs === undefined ? [] : [{ label: "the extension host's own wait between loading the module and calling activate()", stats: one(ms - a.evaluateMs - a.activateBodyMs) }]),
    ],
    checks:
      a.evaluateMs === undefined || a.activateBodyMs === undefined
        ? []
        : [{ name: "extension's own activation cost (evaluate + activate) < 50 ms", value: `${(a.evaluateMs + a.activateBodyMs).toFixed(1)} ms`, pass: a.evaluateMs + a.activateBodyMs < 50 }],
    notes: [`Recorded ${stat.mtime.toISOString()} by the integration suite (one activation; no spread).`],
    data: { found: true, ...a, mtime: stat.mtime.toISOString() },
  };
};
