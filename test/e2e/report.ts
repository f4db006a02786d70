/**
 * Step bookkeeping for the browser end-to-end test: each step is a test in a mocha-like
 * report (test/support/results.ts formats it). A step passes only when its function
 * ran to the end; a step that could not run (setup failed, time budget spent,
 * interrupted) is recorded as failed with the reason, never as passed or skipped.
 */
import type { FailureRecord, TestRecord, TestResults } from '../support/results';

export class Report {
  private readonly tests: TestRecord[] = [];
  private readonly failures: FailureRecord[] = [];
  private readonly started = Date.now();

  constructor(private readonly suite: string) {}

  pass(title: string, durationMs: number): void {
    this.tests.push({ title, fullTitle: `${this.suite} ${title}`, titlePath: [this.suite, title], state: 'passed', durationMs });
  }

  fail(title: string, durationMs: number, error: unknown): void {
    const e = error instanceof Error ? error : new Error(String(error));
    this.failures.push({ title, fullTitle: `${this.suite} ${title}`, error: `${e.name}: ${e.message}`, stack: e.stack ?? `${e.name}: ${e.message}` });
    this.tests.push({
      title,
      fullTitle: `${this.suite} ${title}`,
      titlePath: [this.suite, title],
      state: 'failed',
      durationMs,
      failure: this.failures.length,
    });
  }

  /** A step that never ran: a failure, so the run cannot pass without it. */
  notRun(title: string, reason: string): void {
    const e = new Error(`not run: ${reason}`);
    e.name = 'NotRun';
    e.stack = `${e.name}: ${e.message}`;
    this.fail(title, 0, e);
  }

  get passed(): number {
    return this.tests.filter((t) => t.state === 'passed').length;
  }

  get failed(): number {
    return this.tests.filter((t) => t.state === 'failed').length;
  }

  get count(): number {
    return this.tests.length;
  }

  results(): TestResults {
    return {
      passed: this.passed,
      failed: this.failed,
      pending: 0,
      failures: this.failures,
      tests: this.tests,
      total: this.tests.length,
      durationMs: Date.now() - this.started,
    };
  }
}

/** Rejects with a time-out error when `p` takes longer than `ms`. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`time-out: ${what} took longer than ${(ms / 1000).toFixed(0)} s`)), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

export class CheckError extends Error {
  override name = 'CheckError';
}

/** A problem with what the run was given (no VSIX …): its message says it all, no stack. */
export function plainError(message: string): Error {
  const e = new Error(message);
  e.stack = `Error: ${message}`;
  return e;
}

/** A check as a person would state it; throws with what was seen instead. */
export function check(ok: unknown, what: string, seen?: unknown): asserts ok {
  if (!ok) {
    const shown = seen === undefined ? '' : `\n      seen: ${typeof seen === 'string' ? seen : JSON.stringify(seen)}`;
    throw new CheckError(`${what}${shown}`);
  }
}
