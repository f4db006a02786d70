'use strict';
/**
 * Figure 6's machine probe: an allocating loop that is not PolicyLint's code and
 * optimises in a few milliseconds (short-lived objects and strings, a survivor set
 * that is dropped now and then). Run alone and as two processes at once, it shows how
 * much two cores of this machine give allocating JavaScript whose JIT cost is nil.
 */
const rounds = Number(process.argv[2] || 2e7);
let keep = [];
let total = 0;
for (let i = 0; i < rounds; i++) {
  const o = { a: i, b: 'x' + (i & 1023), c: [i, i + 1] };
  if ((i & 15) === 0) keep.push(o);
  if (keep.length > 200000) keep = [];
  total += o.b.length;
}
if (total === 0) console.log('unreachable');
