'use strict';
/** The inputs every figure shares: seed 001 (171 KB) and its 10x concatenation. */
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { SEED_001, SEEDS } = require('./paths');

function seed001() {
  return fs.readFileSync(SEED_001, 'utf8');
}

/** Ten copies of seed 001, separated by a blank line. */
function tenTimes(text = seed001()) {
  return Array.from({ length: 10 }, () => text).join('\n\n');
}

function seedFiles() {
  return fs
    .readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => path.join(SEEDS, n));
}

/** A fresh temporary folder under the OS temp dir. */
function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `policylint-bench-${prefix}-`));
}

module.exports = { seed001, tenTimes, seedFiles, tempDir };
