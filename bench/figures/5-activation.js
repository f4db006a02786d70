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
  return {
    id: 5,
    title: 'Extension activation',
    rows: [{ label: `activationMs from ${rel}`, stats: { n: 1, median: ms, min: ms, max: ms, p5: ms, p95: ms } }],
    checks: [],
    notes: [`Recorded ${stat.mtime.toISOString()} by the integration suite (one activation; no spread).`],
    data: { found: true, ...a, mtime: stat.mtime.toISOString() },
  };
};
