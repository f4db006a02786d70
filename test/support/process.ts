/**
 * Process helpers for the integration-test harness: free ports, HTTP readiness,
 * process groups (spawn detached, kill the whole group) and clean-up on exit.
 *
 * Everything here works on Linux (it reads /proc); the harness only runs there.
 */
import * as child_process from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';

/** A free TCP port on 127.0.0.1, picked by the kernel (listen on port 0, then close). */
export function getFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen({ port: 0, host, exclusive: true }, () => {
      const addr = srv.address();
      if (addr === null || typeof addr === 'string') {
        srv.close();
        reject(new Error('could not read the bound port'));
        return;
      }
      const port = addr.port;
      srv.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** One GET; resolves to the status code, or rejects on a connection error / time-out. */
export function httpStatus(url: string, timeoutMs = 2000): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

export interface WaitForHttpOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Checked between attempts: a string makes the wait fail at once with that reason. */
  abort?: () => string | undefined;
}

/** Polls `url` until it answers with a status below 500. */
export async function waitForHttp(url: string, opts: WaitForHttpOptions): Promise<number> {
  const deadline = Date.now() + opts.timeoutMs;
  let lastError = 'no answer';
  for (;;) {
    const reason = opts.abort?.();
    if (reason) throw new Error(`gave up waiting for ${url}: ${reason}`);
    try {
      const status = await httpStatus(url, 2000);
      if (status > 0 && status < 500) return status;
      lastError = `HTTP ${status}`;
    } catch (e) {
      lastError = (e as Error).message;
    }
    if (Date.now() >= deadline) {
      throw new Error(`${url} did not answer within ${opts.timeoutMs} ms (last: ${lastError})`);
    }
    await sleep(opts.intervalMs ?? 250);
  }
}

// ---------------------------------------------------------------------------
// /proc

export interface ProcInfo {
  pid: number;
  ppid: number;
  pgid: number;
  state: string;
}

/** Reads /proc/<pid>/stat; undefined when the process is gone. */
export function readProc(pid: number): ProcInfo | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // "pid (comm) state ppid pgrp ..." — comm may hold spaces and parentheses.
  const close = stat.lastIndexOf(')');
  const rest = stat.slice(close + 2).split(' ');
  return { pid, state: rest[0], ppid: Number(rest[1]), pgid: Number(rest[2]) };
}

export function listPids(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map(Number);
}

/** Live (non-zombie, unless `includeZombies`) processes whose process group is `pgid`. */
export function listGroupPids(pgid: number, includeZombies = false): number[] {
  const out: number[] = [];
  for (const pid of listPids()) {
    const p = readProc(pid);
    if (p && p.pgid === pgid && (includeZombies || (p.state !== 'Z' && p.state !== 'X'))) out.push(pid);
  }
  return out;
}

/**
 * Waits up to `ms` until not even a zombie of group `pgid` is left (orphans are
 * reaped by PID 1, which may take a moment). Returns true when the group is gone.
 */
export async function waitGroupGone(pgid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (listGroupPids(pgid, true).length === 0) return true;
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
}

/** Live processes whose command line contains `needle` (e.g. a unique temp dir). */
export function findPidsByCmdline(needle: string): number[] {
  const out: number[] = [];
  for (const pid of listPids()) {
    if (pid === process.pid) continue;
    let cmd: string;
    try {
      cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue;
    }
    if (!cmd.includes(needle)) continue;
    const p = readProc(pid);
    if (p && p.state !== 'Z' && p.state !== 'X') out.push(pid);
  }
  return out;
}

function trySignalGroup(pgid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pgid, sig);
  } catch {
    /* ESRCH: nothing left in the group */
  }
}

/**
 * Ends a whole process group: SIGTERM, then SIGKILL for whatever is still there after
 * `graceMs`. Resolves once no live process is left in the group (or after a last
 * SIGKILL and a short wait). Returns true when the group is empty.
 */
export async function killProcessGroup(pgid: number, graceMs = 5000): Promise<boolean> {
  if (!(pgid > 1)) throw new Error(`refusing to kill process group ${pgid}`);
  trySignalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (listGroupPids(pgid).length === 0) return true;
    await sleep(100);
  }
  trySignalGroup(pgid, 'SIGKILL');
  for (let i = 0; i < 30; i++) {
    if (listGroupPids(pgid).length === 0) return true;
    await sleep(100);
  }
  return listGroupPids(pgid).length === 0;
}

/** killProcessGroup, then a short wait for the group's zombies to be reaped too. */
export async function endProcessGroup(pgid: number, graceMs = 5000, reapMs = 3000): Promise<boolean> {
  const clean = await killProcessGroup(pgid, graceMs);
  await waitGroupGone(pgid, reapMs);
  return clean;
}

/** Synchronous last resort (for process 'exit'): SIGKILL to the whole group. */
export function killProcessGroupSync(pgid: number): void {
  if (pgid > 1) trySignalGroup(pgid, 'SIGKILL');
}

/** Kills single processes by id: SIGTERM, then SIGKILL after `graceMs`. */
export async function killPids(pids: number[], graceMs = 3000): Promise<void> {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
  const deadline = Date.now() + graceMs;
  let alive = pids;
  while (alive.length && Date.now() < deadline) {
    await sleep(100);
    alive = alive.filter((pid) => {
      const p = readProc(pid);
      return p !== undefined && p.state !== 'Z';
    });
  }
  for (const pid of alive) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

/** Spawns a child in its own process group (detached), with pipes for output. */
export function spawnGroup(
  command: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; stdio?: child_process.StdioOptions } = {},
): child_process.ChildProcess {
  return child_process.spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true,
    stdio: opts.stdio ?? ['ignore', 'pipe', 'pipe'],
  });
}

// ---------------------------------------------------------------------------
// clean-up on exit, SIGINT, SIGTERM

export interface Cleanup {
  /** Async clean-up, used on SIGINT/SIGTERM and by normal shutdown. Should unregister itself when done. */
  run(): Promise<void>;
  /** Synchronous last resort, used in process.on('exit'); must be idempotent. */
  runSync(): void;
}

const cleanups = new Set<Cleanup>();
let handlersInstalled = false;
let interruptedBy: NodeJS.Signals | undefined;

/** The signal that interrupted this run, if one did. */
export function interruption(): NodeJS.Signals | undefined {
  return interruptedBy;
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const c of [...cleanups]) {
      try {
        c.runSync();
      } catch {
        /* best effort */
      }
    }
    cleanups.clear();
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      interruptedBy = sig;
      process.stderr.write(`\n[harness] ${sig}: stopping code-server and the browser…\n`);
      const hard = setTimeout(() => process.exit(exitCodeOf(sig)), 15000);
      hard.unref();
      void runAllCleanups().finally(() => process.exit(exitCodeOf(sig)));
    });
  }
}

/** Registers a clean-up; returns a function that unregisters it. */
export function registerCleanup(c: Cleanup): () => void {
  installHandlers();
  cleanups.add(c);
  return () => {
    cleanups.delete(c);
  };
}

/**
 * Runs every registered clean-up. Each stays registered until it unregisters itself,
 * so if the process exits half-way the 'exit' handler still does the synchronous part.
 */
export async function runAllCleanups(): Promise<void> {
  const all = [...cleanups];
  await Promise.allSettled(all.map((c) => c.run()));
}

/** The shell's convention: 128 + the signal number (SIGINT 130, otherwise SIGTERM's 143). */
function exitCodeOf(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143;
}

/**
 * A runner's entry point: runs `main`, then every clean-up, and exits with main's code,
 * the interrupting signal's code, or 1 after `onCrash` has said what went wrong.
 */
export function runAsMain(main: () => Promise<number>, onCrash: (e: unknown) => void): void {
  const exit = async (code: number) => {
    await runAllCleanups();
    const signal = interruption();
    process.exit(signal ? exitCodeOf(signal) : code);
  };
  main().then(exit, (e) => {
    onCrash(e);
    return exit(1);
  });
}
