'use strict';
/**
 * Figure 7: nodejieba through the project's Segmenter.
 *   node jieba.js load            one cold dictionary load in this fresh process
 *   node jieba.js warm <warmup> <runs>   cut and keywords of seed 001 (171 KB), warm
 */
const path = require('node:path');
const { emit } = require('../lib/child');
const { seed001 } = require('../lib/inputs');
const { OUT_CORE } = require('../lib/paths');
const { summarize, timeRuns } = require('../lib/stats');

function rssMB() {
  return process.memoryUsage.rss() / 1024 / 1024;
}

try {
  const mode = process.argv[2];
  const { Segmenter } = require(path.join(OUT_CORE, 'segment.js'));
  const seg = new Segmenter();
  const before = rssMB();
  const t = process.hrtime.bigint();
  seg.cut('加载词典'); // first use: require('nodejieba') + load() of the default dictionaries
  const loadMs = Number(process.hrtime.bigint() - t) / 1e6;
  const after = rssMB();
  if (mode === 'load') {
    emit({ loadMs, segmenterLoadMs: seg.loadMs, rssBeforeMB: before, rssAfterMB: after });
  } else {
    const text = seed001();
    const warmup = Number(process.argv[3] || 2);
    const runs = Number(process.argv[4] || 10);
    let words = 0;
    const cut = timeRuns(() => (words = seg.cut(text).length), { warmup, runs });
    let keywords = [];
    const extract = timeRuns(() => (keywords = seg.keywords(text)), { warmup, runs });
    emit({ bytes: Buffer.byteLength(text), words, keywords: keywords.map((k) => k.word), cut: { samples: cut, stats: summarize(cut) }, extract: { samples: extract, stats: summarize(extract) } });
  }
} catch (e) {
  emit({ error: String(e && e.stack ? e.stack : e) });
}
