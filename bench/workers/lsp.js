'use strict';
/**
 * Figure 4: the language server driven as an editor drives it, over stdio, with
 * vscode-jsonrpc as the LSP client.
 *   node lsp.js <edits> <navRuns>
 * 1. spawn dist/server.js --stdio, initialize (answering workspace/configuration with
 *    debounceMs 0), open a copy of seed 001 in a temporary workspace folder: time to its first publishDiagnostics;
 * 2. <edits> one-character edits in the middle (didChange, incremental; insert then
 *    delete, alternately), after 50 unmeasured ones, each timed from the notification
 *    to the publishDiagnostics of that version, with the server's own re-lint time
 *    (lintMs of its policylint/status notification);
 * 3. open the other four seeds, wait for their diagnostics, read VmRSS;
 * 4. definition and hover on a citation that resolves to the corpus (first call and
 *    warm p50/p95); hover loads the segmenter after answering, so RSS is read again.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { emit } = require('../lib/child');
const { seedFiles } = require('../lib/inputs');
const { ROOT, SERVER, SEED_001, tempDir } = { ...require('../lib/paths'), ...require('../lib/inputs') };
const { summarize } = require('../lib/stats');

const rpc = require(require.resolve('vscode-jsonrpc/node', { paths: [ROOT] }));

const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const uriOf = (file) => 'file://' + file.split(path.sep).map(encodeURIComponent).join('/');

function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

function status(pid) {
  const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number((new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s) || [])[1]);
  return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
}

function jiebaMapped(pid) {
  try {
    return /nodejieba/i.test(fs.readFileSync(`/proc/${pid}/maps`, 'utf8'));
  } catch {
    return undefined;
  }
}

async function main() {
  const edits = Number(process.argv[2] || 200);
  const navRuns = Number(process.argv[3] || 50);
  // The drafts are copies of the seeds in a temporary workspace folder: the server
  // treats files of the built-in corpus (seeds/) as reference texts, not drafts.
  const workspace = tempDir('lsp-ws');
  made.push(workspace);
  const drafts = seedFiles().map((f) => {
    const to = path.join(workspace, path.basename(f));
    fs.copyFileSync(f, to);
    return to;
  });
  const draft001 = path.join(workspace, path.basename(SEED_001));
  const xdg = tempDir('lsp-cache');
  made.push(xdg);
  const t0 = now();
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, XDG_CACHE_HOME: xdg } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));

  // Waiters for publishDiagnostics, by uri and version.
  const waiters = [];
  const published = new Map(); // uri -> last { version, count, at }
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const at = now();
    published.set(p.uri, { version: p.version, count: p.diagnostics.length, at });
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) {
        waiters.splice(i, 1);
        w.resolve({ at, count: p.diagnostics.length });
      }
    }
  });
  const waitDiagnostics = (uri, version, timeoutMs = 60000) =>
    new Promise((resolve, reject) => {
      const w = { uri, version, resolve };
      waiters.push(w);
      setTimeout(() => {
        const i = waiters.indexOf(w);
        if (i >= 0) {
          waiters.splice(i, 1);
          reject(new Error(`no diagnostics for ${path.basename(uri)} v${version} in ${timeoutMs} ms`));
        }
      }, timeoutMs).unref();
    });
  const settings = { enable: true, run: 'onType', debounceMs: 0, rules: {}, corpus: [], units: [], documentType: '', include: [] };
  let configRequests = 0;
  conn.onRequest('workspace/configuration', (p) => {
    configRequests++;
    return p.items.map((item) => (item.section === 'policylint' ? settings : null));
  });
  conn.onRequest((method) => {
    // client/registerCapability, window/workDoneProgress/create, window/showMessageRequest …
    void method;
    return null;
  });
  // The server's own parse + lint time of each version, from its status notification.
  const lintMs = [];
  let statusUri;
  conn.onNotification('policylint/status', (st) => {
    if (st.uri === statusUri && typeof st.lintMs === 'number') lintMs.push(st.lintMs);
  });
  conn.onNotification(() => {}); // logMessage, showMessage
  conn.listen();

  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(workspace),
    workspaceFolders: [{ uri: uriOf(workspace), name: 'bench' }],
    initializationOptions: { locale: 'zh-cn', trusted: true },
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        synchronization: { dynamicRegistration: false, didSave: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        definition: { linkSupport: true },
      },
    },
  });
  const initializedMs = now() - t0;
  conn.sendNotification('initialized', {});
  const pid = child.pid;

  // 1. open seed 001
  const text = fs.readFileSync(draft001, 'utf8');
  const uri = uriOf(draft001);
  let version = 1;
  const openAt = now();
  const firstP = waitDiagnostics(uri, version);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'policy-draft', version, text } });
  const first = await firstP;
  const firstDiagnosticsMs = first.at - openAt;

  // 2. edits in the middle
  const mid = text.indexOf('\n', Math.floor(text.length / 2)) + 1; // start of a line near the middle
  const pos = positionAt(text, mid);
  const editSamples = [];
  // Warm-up edits first (unmeasured), as in every other figure: the first
  // keystrokes after opening also compile the incremental paths.
  const warmup = Math.min(50, edits);
  for (let i = 0; i < warmup + edits; i++) {
    if (i === warmup) statusUri = uri;
    version++;
    const insert = i % 2 === 0;
    const change = insert
      ? { range: { start: pos, end: pos }, text: '改' }
      : { range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: '' };
    const p = waitDiagnostics(uri, version);
    const at = now();
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const r = await p;
    if (i >= warmup) editSamples.push(r.at - at);
  }
  await sleep(50); // the last status follows its diagnostics
  statusUri = undefined;
  const relint = lintMs.slice(-edits);

  // 3. open the other four seeds
  const others = drafts.filter((f) => f !== draft001);
  const openOthers = [];
  const otherOpenMs = {};
  for (const f of others) {
    const u = uriOf(f);
    const at = now();
    const p = waitDiagnostics(u, 1).then((r) => (otherOpenMs[path.basename(f)] = r.at - at));
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'policy-draft', version: 1, text: fs.readFileSync(f, 'utf8') } });
    openOthers.push(p);
  }
  await Promise.all(openOthers);
  await sleep(200);
  const rssAllOpen = status(pid);
  const jiebaBeforeHover = jiebaMapped(pid);

  // 4. definition and hover on a citation (《“十四五”兰州经济圈发展规划》 in the notice,
  // which resolves to the corpus), then hover on the notice's 发文字号, whose hover
  // describes the corpus document with its keywords: the one path that loads nodejieba.
  const anchor = text.indexOf('《“十四五”兰州经济圈发展规划》《');
  const citePos = positionAt(text, (anchor >= 0 ? anchor : text.indexOf('《')) + 3);
  const numberAt = text.search(/甘政办发〔\d{4}〕\d+号/);
  const numberPos = positionAt(text, numberAt + 2);
  const req = async (method, position) => {
    const at = now();
    const r = await conn.sendRequest(method, { textDocument: { uri }, position });
    return { ms: now() - at, r };
  };
  const timed = async (method, position) => {
    const first = await req(method, position);
    for (let i = 0; i < 5; i++) await req(method, position);
    const samples = [];
    let last;
    for (let i = 0; i < navRuns; i++) {
      last = await req(method, position);
      samples.push(last.ms);
    }
    return { firstMs: first.ms, first: first.r, last: last && last.r, samples, stats: summarize(samples) };
  };
  const def = await timed('textDocument/definition', citePos);
  const hov = await timed('textDocument/hover', citePos);
  // 发文字号 hover: the first asks for the plan's keywords (nodejieba loads on the
  // server's keyword worker thread); requests made meanwhile must not wait for it.
  const hoverText = (r) => (r && r.contents ? r.contents.value : '');
  const numFirst = await req('textDocument/hover', numberPos);
  await sleep(20);
  const numBehindLoad = await req('textDocument/hover', numberPos);
  const duringLoad = [];
  let keywordsAfterMs;
  const askedAt = performance.now();
  for (let i = 0; i < 300; i++) {
    const r = await req('textDocument/hover', numberPos);
    duringLoad.push(r.ms);
    if (/关键词|Keywords/.test(hoverText(r.r))) {
      keywordsAfterMs = performance.now() - askedAt;
      break;
    }
    await sleep(20);
  }
  const numWarm = await timed('textDocument/hover', numberPos);
  await sleep(200);
  const rssAfterHover = status(pid);
  const jiebaAfterHover = jiebaMapped(pid);

  await conn.sendRequest('shutdown');
  conn.sendNotification('exit');
  await new Promise((r) => {
    const t = setTimeout(() => {
      child.kill();
      r();
    }, 3000);
    child.on('exit', () => {
      clearTimeout(t);
      r();
    });
  });
  conn.dispose();
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(xdg, { recursive: true, force: true });

  emit({
    serverName: init.serverInfo && init.serverInfo.name,
    initializedMs,
    configRequests,
    firstDiagnosticsMs,
    firstDiagnosticsCount: first.count,
    edits: { n: edits, position: pos, samples: editSamples, stats: summarize(editSamples) },
    relint: { n: relint.length, samples: relint, stats: summarize(relint) },
    otherOpenMs,
    rssAllOpen,
    jiebaBeforeHover,
    citation: { position: citePos, definitionTarget: def.first && def.first[0] && def.first[0].targetUri, hoverStart: hoverText(hov.first).slice(0, 60) },
    definition: { firstMs: def.firstMs, samples: def.samples, stats: def.stats },
    hover: { firstMs: hov.firstMs, samples: hov.samples, stats: hov.stats },
    docNumberHover: {
      position: numberPos,
      firstMs: numFirst.ms,
      behindDictionaryLoadMs: numBehindLoad.ms,
      duringLoad: summarize(duringLoad),
      keywordsAfterMs,
      samples: numWarm.samples,
      stats: numWarm.stats,
      hasKeywords: /关键词|Keywords/.test(hoverText(numWarm.last)),
    },
    rssAfterHover,
    jiebaAfterHover,
    stderrTail: stderr.slice(-500),
  });
}

const made = [];
main().catch((e) => {
  emit({ error: String(e && e.stack ? e.stack : e) });
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
  process.exit(0);
});
