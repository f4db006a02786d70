'use strict';
/** Where things are: the project root, its build outputs, the seeds and the bench's own folder. */
const path = require('node:path');

const BENCH = path.resolve(__dirname, '..');
const ROOT = path.resolve(BENCH, '..');

module.exports = {
  BENCH,
  ROOT,
  SEEDS: path.join(ROOT, 'seeds'),
  FIXTURES: path.join(ROOT, 'test', 'fixtures', 'drafts'),
  SEED_001: path.join(ROOT, 'seeds', '001_8ae0d0807c311ad7.txt'),
  OUT_CORE: path.join(ROOT, 'out', 'src', 'core'),
  CLI: path.join(ROOT, 'dist', 'cli.js'),
  SERVER: path.join(ROOT, 'dist', 'server.js'),
  BENCH_MODULES: path.join(BENCH, 'node_modules'),
  RESULTS_JSON: path.join(BENCH, 'results.json'),
  ACTIVATION_JSON: path.join(ROOT, 'test-results', 'integration', 'activation.json'),
};
