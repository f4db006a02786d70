'use strict';
/**
 * A machine probe for the Scaling notes of docs/performance.md:
 *   node --expose-gc bench/workers/first-touch.js
 * How much a fresh allocation costs by size on this machine. V8 puts strings over
 * 128 KB in its large-object space, and malloc serves buffers over 128 KB with a
 * fresh mmap; on a guest that hands freed pages back to its host, each first touch
 * is a page fault. Prints, per size, the time and minor page faults of one
 * Buffer.toString('utf16le') (a new string of that many bytes), then the same for
 * fold() of seed 001 and of its 10× concatenation.
 */
const path = require('node:path');
const { seed001, tenTimes } = require('../lib/inputs');
const { OUT_CORE } = require('../lib/paths');

if (typeof global.gc !== 'function') throw new Error('run with --expose-gc');

function measure(fn, runs) {
  for (let i = 0; i < 5; i++) fn();
  global.gc();
  const before = process.resourceUsage();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - start) / runs;
  const after = process.resourceUsage();
  return { ms, faults: (after.minorPageFault - before.minorPageFault) / runs };
}

const buffer = Buffer.alloc(1_200_000, 0x41);
for (const bytes of [100_000, 131_000, 132_000, 500_000, 1_200_000]) {
  const r = measure(() => buffer.toString('utf16le', 0, bytes), 20);
  console.log(`toString ${String(bytes).padStart(9)} bytes  ${r.ms.toFixed(3).padStart(7)} ms  ${r.faults.toFixed(0).padStart(4)} page faults`);
}
const { fold } = require(path.join(OUT_CORE, 'text', 'fold.js'));
const one = seed001();
const ten = tenTimes(one);
for (const [name, text] of [['seed 001', one], ['10× seed 001', ten]]) {
  const r = measure(() => fold(text), 20);
  console.log(`fold ${name.padEnd(13)} (${(text.length * 2 / 1024).toFixed(0)} KB as UTF-16)  ${r.ms.toFixed(3).padStart(7)} ms  ${r.faults.toFixed(0).padStart(4)} page faults`);
}

// Phase by phase, ten 1× runs against one 10× run (same amount of text), collections
// outside the timed windows, alternating order: which phases grow faster than the text.
const { LineIndex } = require(path.join(OUT_CORE, 'text', 'lines.js'));
const { scanParagraphs } = require(path.join(OUT_CORE, 'parse', 'paragraphs.js'));
const { parseDraft } = require(path.join(OUT_CORE, 'parse', 'parse.js'));
const phases = {
  'fold': (t) => fold(t),
  'line index': (t) => new LineIndex(t),
  'fold + line scan': (t) => scanParagraphs(fold(t), new LineIndex(t), 'text', undefined),
  'parseDraft': (t) => parseDraft(t),
};
for (const [name, f] of Object.entries(phases)) {
  for (let i = 0; i < 10; i++) (f(one), f(ten));
  let oneMs = 0;
  let tenMs = 0;
  for (let round = 0; round < 20; round++) {
    const a = () => {
      global.gc();
      const start = performance.now();
      for (let k = 0; k < 10; k++) f(one);
      oneMs += performance.now() - start;
    };
    const b = () => {
      global.gc();
      const start = performance.now();
      f(ten);
      tenMs += performance.now() - start;
    };
    if (round % 2) (a(), b());
    else (b(), a());
  }
  console.log(`${name.padEnd(17)} 1× ${(oneMs / 200).toFixed(3).padStart(7)} ms  10× ${(tenMs / 20).toFixed(3).padStart(7)} ms  ratio ${(tenMs / (oneMs / 10)).toFixed(1)}×`);
}
