'use strict';
/**
 * Figure 7 (check): lint never loads nodejieba. Lints every seed, every fixture
 * draft and the 10x input in-process (parse + every rule, built-in corpus, citations
 * resolved) with require() traced, then reports whether nodejieba was requested,
 * is in the module cache, or has its native library mapped into the process.
 */
const { jiebaState } = require('../lib/trace-jieba');
const fs = require('node:fs');
const path = require('node:path');
const { emit } = require('../lib/child');
const { seedFiles, tenTimes } = require('../lib/inputs');
const { OUT_CORE, SEEDS, FIXTURES } = require('../lib/paths');

try {
  const { lint } = require(path.join(OUT_CORE, 'lint.js'));
  const { Corpus } = require(path.join(OUT_CORE, 'corpus', 'corpus.js'));
  const corpus = Corpus.load({ builtInDir: SEEDS });
  const files = [...seedFiles(), ...fs.readdirSync(FIXTURES).filter((n) => /\.(txt|md)$/.test(n)).map((n) => path.join(FIXTURES, n))];
  let findings = 0;
  for (const f of files) findings += lint(fs.readFileSync(f, 'utf8'), { corpus, fileName: f }).diagnostics.length;
  findings += lint(tenTimes(), { corpus }).diagnostics.length;
  emit({ files: files.length + 1, findings, ...jiebaState() });
} catch (e) {
  emit({ error: String(e && e.stack ? e.stack : e) });
}
