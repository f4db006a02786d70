/**
 * The keyword worker thread (see keywords.ts): loads the segmenter with the unit
 * names as words, then answers one request at a time.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Segmenter, userWordSchema } from '../core/segment';

export interface KeywordWorkerData {
  /** Unit names (built-in and the user's) to keep whole; invalid ones are skipped. */
  words: readonly unknown[];
}
export interface KeywordRequest {
  id: number;
  text: string;
  topN: number;
}
export type KeywordReply = { id: number; words: string[] } | { id: number; error: string };

if (!isMainThread && parentPort) {
  const port = parentPort;
  const segmenter = new Segmenter();
  const data = workerData as KeywordWorkerData | undefined;
  segmenter.addWords((data?.words ?? []).filter((w) => userWordSchema.safeParse(w).success));
  port.on('message', (request: KeywordRequest) => {
    let reply: KeywordReply;
    try {
      reply = { id: request.id, words: segmenter.keywords(request.text, request.topN).map((k) => k.word) };
    } catch (e) {
      reply = { id: request.id, error: String((e as Error)?.message ?? e) };
    }
    port.postMessage(reply);
  });
}
