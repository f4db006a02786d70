/**
 * A folder of drafts across worker threads: files are dealt out by size to
 * `jobs` workers, each lints its share with its own engine (the corpus index comes
 * from the disk cache), and the results come back in input order.
 */
import * as fs from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { InputFile } from './files';
import { ConfigFailure, FileLinter, type FileResult, type LintJob } from './lintFile';

interface WorkerInput {
  policylintWorker: true;
  job: LintJob;
  files: Array<{ index: number; file: InputFile }>;
}

type WorkerOutput = { results: Array<{ index: number; result: FileResult }>; corpusMessages: string[] } | { configFailure: string[] } | { error: string };

/**
 * Worker threads only pay off for more than a handful of files, and only with cores
 * to spare: linting allocates heavily, and on a two-core machine two workers spend
 * more on garbage collection than they gain (measured in bench/, docs/performance.md),
 * so `auto` keeps one core for the main thread and the collector.
 */
export function defaultJobs(files: number, cores: number): number {
  if (files < 16 || cores < 3) return 1;
  return Math.max(1, Math.min(cores - 1, 4, Math.ceil(files / 8)));
}

export async function lintInWorkers(
  entry: string,
  files: InputFile[],
  job: LintJob,
  jobs: number,
): Promise<{ results: FileResult[]; corpusMessages: string[] }> {
  const shares: Array<Array<{ index: number; file: InputFile }>> = Array.from({ length: jobs }, () => []);
  const load = new Array<number>(jobs).fill(0);
  const sized = files.map((file, index) => ({ index, file, size: file.path ? safeSize(file.path) : 0 })).sort((a, b) => b.size - a.size);
  for (const f of sized) {
    const k = load.indexOf(Math.min(...load));
    shares[k].push({ index: f.index, file: f.file });
    load[k] += f.size + 2000;
  }
  const outputs = await Promise.all(
    shares.filter((s) => s.length).map(
      (share) =>
        new Promise<WorkerOutput>((resolve, reject) => {
          const input: WorkerInput = { policylintWorker: true, job, files: share };
          const worker = new Worker(entry, { workerData: input });
          worker.once('message', (m: WorkerOutput) => resolve(m));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`worker exited with code ${code}`));
          });
        }),
    ),
  );
  const results = new Array<FileResult>(files.length);
  const corpusMessages = new Set<string>();
  for (const out of outputs) {
    if ('configFailure' in out) throw new ConfigFailure(out.configFailure);
    if ('error' in out) throw new Error(out.error);
    for (const r of out.results) results[r.index] = r.result;
    for (const m of out.corpusMessages) corpusMessages.add(m);
  }
  return { results, corpusMessages: [...corpusMessages] };
}

function safeSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** The worker side: true when this thread is a lint worker (it then does its share and reports). */
export function runWorkerIfAny(): boolean {
  if (isMainThread || !(workerData as WorkerInput | undefined)?.policylintWorker) return false;
  const input = workerData as WorkerInput;
  let out: WorkerOutput;
  try {
    const linter = new FileLinter(input.job);
    const results = input.files.map(({ index, file }) => ({ index, result: linter.lintFile(file) }));
    out = { results, corpusMessages: linter.corpusMessages() };
  } catch (e) {
    out = e instanceof ConfigFailure ? { configFailure: e.lines } : { error: String((e as Error)?.stack ?? e) };
  }
  parentPort!.postMessage(out);
  return true;
}
