/**
 * Keyword summaries of corpus documents (shown in the citation hover), computed on
 * a worker thread: nodejieba's dictionary takes one to four seconds to load, and on
 * the server's thread that would hold back every diagnostic while it loads. The
 * first hover over a plan asks; the answer is cached and shown from the next hover.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { KeywordReply, KeywordRequest, KeywordWorkerData } from './keywordWorker';

export class KeywordService {
  private worker?: Worker;
  private failed = false;
  private nextId = 1;
  private readonly cache = new Map<string, string[]>();
  private readonly pending = new Map<number, string>();

  constructor(
    private readonly words: () => KeywordWorkerData,
    private readonly warn: (message: string) => void,
    private readonly workerFile = path.join(__dirname, 'keywordWorker.js'),
  ) {}

  /** The keywords when known; otherwise undefined, and they are asked for once. */
  get(key: string, text: string): string[] | undefined {
    const known = this.cache.get(key);
    if (known || this.failed) return known;
    if ([...this.pending.values()].includes(key)) return undefined;
    const worker = this.start();
    if (!worker) return undefined;
    const id = this.nextId++;
    this.pending.set(id, key);
    worker.postMessage({ id, text, topN: 6 } satisfies KeywordRequest);
    return undefined;
  }

  /** Resolves when every request sent so far has its answer (for tests). */
  async settled(): Promise<void> {
    while (this.pending.size && !this.failed) await new Promise((r) => setTimeout(r, 20));
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    // terminate() ends the thread with code 1: not a failure to report.
    worker?.removeAllListeners();
    void worker?.terminate();
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.workerFile, { workerData: this.words() });
      worker.on('message', (reply: KeywordReply) => {
        const key = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (key === undefined) return;
        if ('error' in reply) this.fail(reply.error);
        else this.cache.set(key, reply.words);
      });
      worker.on('error', (e) => this.fail(String(e)));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.failed) this.fail(`keyword worker exited with code ${code}`);
        this.worker = undefined;
      });
      // Keywords are a nicety: the worker must not keep the server alive at shutdown.
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (e) {
      this.fail(String(e));
      return undefined;
    }
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = true;
    this.pending.clear();
    this.warn(`keywords unavailable (segmenter): ${message}`);
    this.dispose();
  }
}
