import type { Block } from '../../../shared/model/article';
import { sentenceRequest, type SentenceTables } from './sentence-tables';

/** Sentences being segmented on another thread; `cancel` stops the thread if it has not answered. */
export interface BackgroundSentences {
  readonly done: Promise<SentenceTables>;
  cancel(): void;
}

/**
 * Segments `blocks` in a worker, on the other core, while the window builds the article's view,
 * so the first J finds its sentences ready instead of segmenting a large article first. Null
 * where workers are not available (the unit tests' Node); `done` rejects if the worker fails,
 * and the caller then segments on its own thread.
 */
export function segmentInBackground(blocks: readonly Block[]): BackgroundSentences | null {
  if (typeof Worker !== 'function') return null;
  const worker = new Worker(new URL('./sentence-worker.ts', import.meta.url), { type: 'module' });
  const done = new Promise<SentenceTables>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<SentenceTables>) => resolve(event.data));
    worker.addEventListener('error', (event) => reject(new Error(`Segmenting sentences failed: ${event.message}`)));
  }).finally(() => worker.terminate());
  worker.postMessage(sentenceRequest(blocks));
  return { done, cancel: () => worker.terminate() };
}
