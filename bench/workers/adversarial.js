'use strict';
/**
 * Figure 8: adversarial inputs for the hottest regular expressions, one size per
 * process (a blow-up at 4n must not lose the n and 2n figures).
 *   node adversarial.js <case> <size> <reps>
 * The payload sits inside a minimal draft (a title, a 发文字号, a level-1 heading and
 * an item) so that the structure-dependent rules see it as ordinary body text.
 * Full lint (parse + every rule, built-in corpus) is timed; the median of <reps>.
 */
const fs = require('node:fs');
const path = require('node:path');
const { emit } = require('../lib/child');
const { seed001 } = require('../lib/inputs');
const { OUT_CORE, SEEDS } = require('../lib/paths');
const { summarize } = require('../lib/stats');

const HEAD = [
  '关于印发兰州市数字经济发展实施方案的通知',
  '兰政办发〔2024〕12号',
  '各县区人民政府，市政府各部门：',
  '    现将《兰州市数字经济发展实施方案》印发给你们，请认真贯彻落实。',
  '兰州市人民政府办公室',
  '2024年3月1日',
  '兰州市数字经济发展实施方案',
  '一、重点任务',
  '（一）加强数字基础设施建设。',
  '',
].join('\n');

/** The cases: name → (size) → payload. `unit` says what the size counts. */
const CASES = {
  'run-han': { n: 200000, unit: 'chars', what: 'a run of identical characters 一一一…一 then 。', make: (n) => '一'.repeat(n) + '。' },
  'run-space': { n: 200000, unit: 'chars', what: 'a run of identical spaces then a character (trailing-space patterns)', make: (n) => '加强' + ' '.repeat(n) + '建设' },
  'run-digits': {
    n: 100000,
    unit: 'digits',
    what: 'a run of digits in a target section (到2027年，达到111…1。): every number pattern from the first digit only',
    make: (n) => '某市实施方案\n一、总体要求\n（一）工作目标\n到2027年，达到' + '1'.repeat(n) + '。\n',
  },
  'run-numerals': {
    n: 100000,
    unit: 'chars',
    what: 'a run of 一 in a target section (到2025年，一一…一。): the numeral patterns from a run\'s first character only',
    make: (n) => '某市实施方案\n一、总体要求\n（一）工作目标\n到2025年，' + '一'.repeat(n) + '。\n',
  },
  'unpunctuated-lines': {
    n: 20000,
    unit: 'lines',
    what: 'lines with no final punctuation, each joined to the one before (第i项内容 …): the joined text is never read whole',
    make: (n) => '某市实施方案\n一、重点任务\n' + Array.from({ length: n }, (_, i) => `第${i}项重点工作内容`).join('\n') + '\n',
  },
  'nested-brackets': { n: 5000, unit: 'brackets', what: 'nested opening brackets （（（… never closed, at the end of an item', make: (n) => '（二）推进' + '（'.repeat(n) + '市发展改革委牵头' },
  'long-line': {
    n: 1 << 20,
    unit: 'bytes',
    what: 'one line of real text (seed 001 with its line breaks removed), no newline',
    make: (n) => {
      const flat = seed001().replace(/\s+/g, '');
      let s = '';
      while (Buffer.byteLength(s) < n) s += flat;
      // cut to n bytes on a character boundary
      const out = Buffer.from(s).subarray(0, n).toString('utf8').replace(/\uFFFD+$/, '');
      return out;
    },
  },
  'markers': { n: 100000, unit: 'markers', what: '1、 markers, one per line (1、加强组织领导。)', make: (n) => '1、加强组织领导。\n'.repeat(n) },
  'citations': { n: 50000, unit: 'pairs', what: '《》 pairs with titles, 《关于推进第i项工作的意见》、 on one line', make: (n) => Array.from({ length: n }, (_, i) => `《关于推进第${i}项工作的意见》`).join('、') + '。' },
  'citations-empty': { n: 50000, unit: 'pairs', what: 'empty 《》 pairs on one line', make: (n) => '《》'.repeat(n) },
};

/** The timed call; the CPU-profile summary of a superlinear case restricts itself to this frame. */
function __benchAdversarial(text, options) {
  return lint(text, options);
}
let lint;

function main() {
  const [name, sizeArg, repsArg] = process.argv.slice(2);
  if (name === 'list') return emit({ cases: Object.fromEntries(Object.entries(CASES).map(([k, v]) => [k, { n: v.n, unit: v.unit, what: v.what }])) });
  const c = CASES[name];
  if (!c) throw new Error(`unknown case ${name}`);
  const size = Number(sizeArg);
  const reps = Number(repsArg || 3);
  lint = require(path.join(OUT_CORE, 'lint.js')).lint;
  const { Corpus } = require(path.join(OUT_CORE, 'corpus', 'corpus.js'));
  const corpus = Corpus.load({ builtInDir: SEEDS });
  const options = { corpus, fileName: 'adversarial.txt' };
  // Warm the engine on real text and on a small payload of the same shape.
  const seed = seed001();
  for (let i = 0; i < 5; i++) lint(seed, options);
  const small = HEAD + c.make(Math.max(16, Math.floor(size / 64)));
  for (let i = 0; i < 3; i++) lint(small, options);
  const text = HEAD + c.make(size);
  const samples = [];
  let findings = 0;
  let want = reps;
  for (let i = 0; i < want; i++) {
    const t = process.hrtime.bigint();
    findings = __benchAdversarial(text, options).diagnostics.length;
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    samples.push(ms);
    if (ms > 15000) break; // one slow sample is enough
    if (i === 0 && ms < 100) want = Math.max(reps, 9); // fast: more samples, or noise decides the ratio
  }
  emit({ name, size, unit: c.unit, chars: text.length, bytes: Buffer.byteLength(text), findings, samples, stats: summarize(samples) });
}

try {
  main();
} catch (e) {
  emit({ error: String(e && e.stack ? e.stack : e) });
}
