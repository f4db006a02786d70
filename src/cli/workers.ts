/**
 * A folder of drafts across worker threads. The main thread deals the files out in
 * small batches, in input order, to whichever worker asks next; each worker lints
 * and formats its batch with its own engine (the corpus index comes from the disk
 * cache) and sends back the formatted text, so the main thread only joins strings.
 */
import * as fs from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { InputFile } from './files';
import { ConfigFailure, FileLinter, type FileResult, type LintJob } from './lintFile';

interface WorkerInput {
  policylintWorker: true;
  job: LintJob;
}

/** Main → worker: lint these, or there is no more. */
type ToWorker = { batch: Array<{ index: number; file: InputFile }> } | { done: true };
/** Worker → main: a batch's results, the worker's last word, or why it stopped. */
type FromWorker =
  | { results: Array<{ index: number; result: FileResult }> }
  | { finished: true; corpusMessages: string[] }
  | { configFailure: string[] }
  | { error: string };

/** A batch is at most this many bytes of drafts or files, whichever comes first. */
const BATCH_BYTES = 512 * 1024;
const BATCH_FILES = 32;

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

/** Consecutive runs of files, each within the batch limits (one file at least). */
export function batchesOf(files: readonly InputFile[], sizeOf: (file: InputFile) => number): Array<Array<{ index: number; file: InputFile }>> {
  const batches: Array<Array<{ index: number; file: InputFile }>> = [];
  let batch: Array<{ index: number; file: InputFile }> = [];
  let bytes = 0;
  files.forEach((file, index) => {
    const size = sizeOf(file);
    if (batch.length && (bytes + size > BATCH_BYTES || batch.length >= BATCH_FILES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push({ index, file });
    bytes += size;
  });
  if (batch.length) batches.push(batch);
  return batches;
}

export async function lintInWorkers(
  entry: string,
  files: InputFile[],
  job: LintJob,
  jobs: number,
): Promise<{ results: FileResult[]; corpusMessages: string[] }> {
  const queue = batchesOf(files, (f) => (f.path ? safeSize(f.path) : 0));
  const results = new Array<FileResult>(files.length);
  const corpusMessages = new Set<string>();
  const workers: Worker[] = [];
  const runOne = () =>
    new Promise<void>((resolve, reject) => {
      const input: WorkerInput = { policylintWorker: true, job };
      const worker = new Worker(entry, { workerData: input });
      workers.push(worker);
      let finished = false;
      const next = () => {
        const batch = queue.shift();
        worker.postMessage((batch ? { batch } : { done: true }) satisfies ToWorker);
      };
      worker.on('message', (m: FromWorker) => {
        if ('results' in m) {
          for (const r of m.results) results[r.index] = r.result;
          next();
        } else if ('finished' in m) {
          finished = true;
          for (const c of m.corpusMessages) corpusMessages.add(c);
          resolve();
        } else reject('configFailure' in m ? new ConfigFailure(m.configFailure) : new Error(m.error));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (!finished) reject(new Error(`worker exited with code ${code}`));
      });
      next();
    });
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, runOne));
  } finally {
    // After a failure the other workers stop too; after success they are exiting anyway.
    for (const w of workers) void w.terminate();
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

/** The worker side: true when this thread is a lint worker (it then serves batches until told it is done). */
export function runWorkerIfAny(): boolean {
  if (isMainThread || !(workerData as WorkerInput | undefined)?.policylintWorker) return false;
  const port = parentPort!;
  const send = (m: FromWorker) => port.postMessage(m);
  let linter: FileLinter;
  try {
    linter = new FileLinter((workerData as WorkerInput).job);
  } catch (e) {
    send(failure(e));
    return true;
  }
  port.on('message', (m: ToWorker) => {
    if ('done' in m) {
      send({ finished: true, corpusMessages: linter.corpusMessages() });
      port.close();
      return;
    }
    try {
      send({ results: m.batch.map(({ index, file }) => ({ index, result: linter.lintFile(file) })) });
    } catch (e) {
      send(failure(e));
      port.close();
    }
  });
  return true;
}

function failure(e: unknown): FromWorker {
  return e instanceof ConfigFailure ? { configFailure: e.lines } : { error: String((e as Error)?.stack ?? e) };
}
