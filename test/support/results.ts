/**
 * The JSON result file written by the test-runner extension
 * (test/integration/runner-extension/run-mocha.js), its validation, and a summary in
 * mocha's usual format for the launcher to print.
 */

export type TestState = 'passed' | 'failed' | 'pending';

export interface TestRecord {
  title?: string;
  fullTitle: string;
  /** Suite titles then the test title, when the runner could tell. */
  titlePath?: string[];
  state: TestState;
  durationMs: number;
  /** 1-based index into `failures` for a failed test. */
  failure?: number;
}

export interface FailureRecord {
  title: string;
  fullTitle: string;
  error: string;
  stack: string;
  expected?: string;
  actual?: string;
}

export interface TestResults {
  passed: number;
  failed: number;
  pending: number;
  failures: FailureRecord[];
  tests: TestRecord[];
  total?: number;
  durationMs?: number;
  vscodeVersion?: string;
  suites?: string;
  files?: string[];
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** Parses and checks a result file's text; throws with the reason when it is not one. */
export function parseResults(text: string): TestResults {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`the result file is not JSON: ${(e as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('the result file is not a JSON object');
  const r = data as Record<string, unknown>;
  for (const k of ['passed', 'failed', 'pending'] as const) {
    if (!isCount(r[k])) throw new Error(`the result file's "${k}" is not a count: ${JSON.stringify(r[k])}`);
  }
  if (!Array.isArray(r.failures)) throw new Error('the result file has no "failures" array');
  if (!Array.isArray(r.tests)) throw new Error('the result file has no "tests" array');
  const failures: FailureRecord[] = r.failures.map((f: any, i: number) => {
    if (typeof f !== 'object' || f === null || typeof f.fullTitle !== 'string') throw new Error(`failure ${i + 1} has no fullTitle`);
    return {
      title: typeof f.title === 'string' ? f.title : f.fullTitle,
      fullTitle: f.fullTitle,
      error: typeof f.error === 'string' ? f.error : String(f.error ?? ''),
      stack: typeof f.stack === 'string' ? f.stack : '',
      ...(typeof f.expected === 'string' ? { expected: f.expected } : {}),
      ...(typeof f.actual === 'string' ? { actual: f.actual } : {}),
    };
  });
  const tests: TestRecord[] = r.tests.map((t: any, i: number) => {
    if (typeof t !== 'object' || t === null || typeof t.fullTitle !== 'string') throw new Error(`test ${i + 1} has no fullTitle`);
    if (t.state !== 'passed' && t.state !== 'failed' && t.state !== 'pending') throw new Error(`test ${i + 1} has state ${JSON.stringify(t.state)}`);
    return {
      title: typeof t.title === 'string' ? t.title : undefined,
      fullTitle: t.fullTitle,
      titlePath: Array.isArray(t.titlePath) && t.titlePath.every((s: unknown) => typeof s === 'string') ? t.titlePath : undefined,
      state: t.state,
      durationMs: typeof t.durationMs === 'number' && t.durationMs >= 0 ? t.durationMs : 0,
      failure: isCount(t.failure) ? t.failure : undefined,
    };
  });
  const failed = r.failed as number;
  if (failed < failures.length) throw new Error(`the result file says ${failed} failed but lists ${failures.length} failures`);
  if (failed > 0 && failures.length === 0) throw new Error(`the result file says ${failed} failed but lists no failure`);
  return {
    ...(r as object),
    passed: r.passed as number,
    failed,
    pending: r.pending as number,
    failures,
    tests,
  } as TestResults;
}

/** Tests that actually ran (pending ones did not). */
export function testsRun(r: TestResults): number {
  return r.passed + r.failed;
}

/** 0 only when something ran and nothing failed: a suite that never ran is no pass. */
export function exitCodeFor(r: TestResults | undefined): number {
  if (!r) return 1;
  return r.failed === 0 && testsRun(r) > 0 ? 0 : 1;
}

function humanMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Math.round(ms / 1000)}s`;
  return `${Math.round(ms / 60_000)}m`;
}

function indentLines(text: string, pad: string): string {
  return text
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

/** As mocha: a diff only when expected and actual are both given, of one type, and expected is defined. */
function showDiff(f: FailureRecord): boolean {
  if (f.expected === undefined || f.actual === undefined || f.expected === 'undefined') return false;
  const kind = (s: string) => (s.startsWith('"') ? 'string' : /^-?[\d.]+$/.test(s) ? 'number' : /^(true|false)$/.test(s) ? 'boolean' : 'other');
  return kind(f.expected) === kind(f.actual);
}

export interface FormatOptions {
  /** Tests slower than this (ms) get "(Nms)" after their title, as mocha's spec reporter does. */
  slowMs?: number;
  /** Words before the closing 'N passed, N failed' line. */
  label?: string;
}

/**
 * The results in mocha's spec-reporter layout:
 *
 *     Suite
 *       ✔ test (12ms)
 *       1) failing test
 *       - pending test
 *
 *     1 passing (3s)
 *     1 failing
 *
 *     1) Suite
 *          failing test:
 *        Error: …
 *
 * and a last plain line 'label: N passed, N failed, N skipped'.
 */
export function formatSummary(r: TestResults, opts: FormatOptions = {}): string {
  const slow = opts.slowMs ?? 75;
  const out: string[] = [''];
  let prev: string[] = [];
  let failureNo = 0;
  const failureNoOf = new Map<number, number>();
  for (const t of r.tests) {
    const tp = t.titlePath && t.titlePath.length ? t.titlePath : [t.fullTitle];
    const suites = tp.slice(0, -1);
    const title = tp[tp.length - 1];
    let common = 0;
    while (common < suites.length && common < prev.length && suites[common] === prev[common]) common++;
    for (let i = common; i < suites.length; i++) {
      if (i === 0) out.push('');
      out.push(`${'  '.repeat(i + 1)}${suites[i]}`);
    }
    prev = suites;
    const pad = '  '.repeat(suites.length + 1);
    if (t.state === 'passed') {
      out.push(`${pad}✔ ${title}${t.durationMs > slow ? ` (${humanMs(t.durationMs)})` : ''}`);
    } else if (t.state === 'pending') {
      out.push(`${pad}- ${title}`);
    } else {
      failureNo++;
      if (t.failure) failureNoOf.set(t.failure, failureNo);
      out.push(`${pad}${failureNo}) ${title}`);
    }
  }
  out.push('');
  out.push('');
  out.push(`  ${r.passed} passing${r.durationMs !== undefined ? ` (${humanMs(r.durationMs)})` : ''}`);
  if (r.pending) out.push(`  ${r.pending} pending`);
  if (r.failed) out.push(`  ${r.failed} failing`);
  r.failures.forEach((f, i) => {
    const n = failureNoOf.get(i + 1) ?? i + 1;
    const test = r.tests.find((t) => t.failure === i + 1) ?? r.tests.find((t) => t.state === 'failed' && t.fullTitle === f.fullTitle);
    const tp = test?.titlePath && test.titlePath.length ? test.titlePath : [f.fullTitle];
    out.push('');
    out.push(`  ${n}) ${tp[0]}${tp.length === 1 ? ':' : ''}`);
    for (let j = 1; j < tp.length; j++) out.push(`${'  '.repeat(j + 2)} ${tp[j]}${j === tp.length - 1 ? ':' : ''}`);
    let stack = f.stack && f.stack.includes(f.error) ? f.stack : [f.error, f.stack].filter(Boolean).join('\n');
    stack = stack.replace(/^[ \t]+(?=at )/gm, '  '); // the extension host indents frames with tabs
    out.push('');
    out.push(indentLines(stack || f.error || '(no message)', '      '));
    if (showDiff(f)) {
      out.push('');
      out.push(`      expected: ${f.expected ?? '(none)'}`);
      out.push(`      actual:   ${f.actual ?? '(none)'}`);
    }
  });
  out.push('');
  if (testsRun(r) === 0) out.push('  ERROR: no test ran: a suite that never ran is not a pass.', '');
  out.push(closingLine(r, opts.label));
  return out.join('\n') + '\n';
}

/** 'label: N passed, N failed, N skipped' — a plain closing line CI can read. */
export function closingLine(r: Pick<TestResults, 'passed' | 'failed' | 'pending'>, label = 'integration'): string {
  return `${label ? `${label}: ` : ''}${r.passed} passed, ${r.failed} failed, ${r.pending} skipped`;
}
