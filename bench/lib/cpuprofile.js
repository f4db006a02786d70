'use strict';
/**
 * Summarises a V8 .cpuprofile: self time per function inside one marker frame
 * (__benchWarmLoop), plus the samples of the same time window spent outside it
 * (garbage collector, program). Compiled out/src/**.js locations are mapped back to
 * src/**.ts lines through their source maps.
 */
const fs = require('node:fs');
const path = require('node:path');
const { fileURLToPath } = require('node:url');
const { SourceMap } = require('node:module');
const { ROOT } = require('./paths');

const maps = new Map();
function sourceMapFor(file) {
  if (maps.has(file)) return maps.get(file);
  let map;
  try {
    // Only a map the file itself names, and not older than the file: a --production
    // (minified) bundle has none, and a .map left by an earlier build would mislead.
    const tail = fs.readFileSync(file, 'utf8').slice(-300);
    const named = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(tail);
    const mapFile = named && !named[1].startsWith('data:') ? path.resolve(path.dirname(file), named[1]) : undefined;
    if (mapFile && fs.statSync(mapFile).mtimeMs >= fs.statSync(file).mtimeMs - 60000) map = new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')));
  } catch {
    map = undefined;
  }
  maps.set(file, map);
  return map;
}

/** "src/core/parse/citations.ts:42" for a frame in out/, else a short location. */
function locate(frame) {
  const url = frame.url || '';
  if (!url) return '';
  let file = url;
  if (url.startsWith('file://')) file = fileURLToPath(url);
  if (!path.isAbsolute(file)) return url;
  const map = sourceMapFor(file);
  if (map && frame.lineNumber >= 0) {
    const e = map.findEntry(frame.lineNumber, Math.max(0, frame.columnNumber));
    if (e && e.originalSource) {
      let src = e.originalSource;
      if (src.startsWith('file://')) src = fileURLToPath(src);
      else if (!path.isAbsolute(src)) src = path.resolve(path.dirname(file), src);
      return `${path.relative(ROOT, src)}:${e.originalLine + 1}`;
    }
  }
  const rel = path.relative(ROOT, file);
  return `${rel.startsWith('..') ? file : rel}:${frame.lineNumber + 1}`;
}

const isProject = (frame) => {
  const u = frame.url || '';
  return (u.includes('/out/src/') || u.includes('/dist/')) && !u.includes('node_modules');
};

function summarizeProfile(profileFile, { marker = '__benchWarmLoop', top = 15 } = {}) {
  const prof = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const inLoop = new Map(); // node id -> boolean
  const loopOf = (id) => {
    if (inLoop.has(id)) return inLoop.get(id);
    const n = byId.get(id);
    let v = false;
    if (n.callFrame.functionName === marker) v = true;
    else if (parent.has(id)) v = loopOf(parent.get(id));
    inLoop.set(id, v);
    return v;
  };
  /** Nearest project frame at or above a node (for attributing builtins such as RegExp exec). */
  const ownerOf = (id) => {
    let cur = id;
    while (cur !== undefined) {
      const n = byId.get(cur);
      if (isProject(n.callFrame)) return n;
      cur = parent.get(cur);
    }
    return undefined;
  };

  const samples = prof.samples;
  const deltas = prof.timeDeltas;
  let first = -1;
  let last = -1;
  for (let i = 0; i < samples.length; i++) {
    if (loopOf(samples[i])) {
      if (first < 0) first = i;
      last = i;
    }
  }
  const self = new Map();
  const owned = new Map();
  const files = new Map();
  let total = 0;
  let totalUs = 0;
  const add = (m, key, us, extra) => {
    const e = m.get(key) || { key, us: 0, samples: 0, ...extra };
    e.us += us;
    e.samples++;
    m.set(key, e);
  };
  for (let i = first; i <= last && i >= 0; i++) {
    const us = deltas[i + 1] !== undefined ? deltas[i + 1] : deltas[i];
    const n = byId.get(samples[i]);
    const f = n.callFrame;
    total++;
    totalUs += us;
    let name = f.functionName || '(anonymous)';
    if (name.length > 80) name = name.slice(0, 77) + '…'; // a RegExp frame is named by its whole source
    const where = locate(f);
    add(self, `${where ? where + ' ' : ''}${name}`, us, { function: name, location: where, project: isProject(f) });
    if (!loopOf(samples[i])) {
      add(owned, name, us, { function: name, location: '' });
      add(files, name, us, {});
      continue;
    }
    const o = ownerOf(samples[i]);
    if (o) {
      const loc = locate(o.callFrame);
      add(owned, `${loc} ${o.callFrame.functionName || '(anonymous)'}`, us, { function: o.callFrame.functionName || '(anonymous)', location: loc });
      add(files, loc.replace(/:\d+$/, ''), us, {});
    } else {
      add(owned, name, us, { function: name, location: where });
      add(files, where.replace(/:\d+$/, '') || name, us, {});
    }
  }
  const rank = (m) =>
    [...m.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((e) => ({ ...e, ms: e.us / 1000, pct: (100 * e.us) / (totalUs || 1) }));
  return {
    file: profileFile,
    windowMs: totalUs / 1000,
    samples: total,
    selfTop: rank(self),
    ownerTop: rank(owned),
    fileTop: rank(files),
  };
}

module.exports = { summarizeProfile };
