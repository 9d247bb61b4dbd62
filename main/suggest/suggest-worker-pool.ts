import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleSuggestions } from '../../shared/suggest/suggestion-schema';
import { sourceWorkerFile } from '../import/source-worker';
import type { SuggestAnswer, SuggestRequest } from './suggest-protocol';

interface Pending {
  resolve: (value: ArticleSuggestions) => void;
  reject: (error: Error) => void;
}

// One worker, started on first use and kept (wink-nlp's model loads once); requests queue in it.
let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

/**
 * Runs the offline suggester over `text` in a worker thread, so a long article (2.5–3 s per MB)
 * does not stall the main process's IPC. Resolves with exactly what `readArticleSuggestions`
 * gives; rejects when the suggester throws or the worker dies (the next request starts another).
 */
export function suggestInWorker(text: string): Promise<ArticleSuggestions> {
  const running = worker ?? startWorker();
  const id = nextId++;
  running.ref();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ id, text } satisfies SuggestRequest);
  });
}

/** Stops the worker (tests and the command line; an idle worker never holds the process open). */
export async function stopSuggestWorker(): Promise<void> {
  const running = worker;
  worker = undefined;
  await running?.terminate();
}

function startWorker(): Worker {
  const started = new Worker(locateSuggestWorker());
  worker = started;
  started.on('message', (answer: SuggestAnswer) => {
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if (pending.size === 0) started.unref();
    if (answer.ok) waiting?.resolve(answer.value);
    else waiting?.reject(new Error(`The suggester failed: ${answer.message}`));
  });
  const fail = (error: Error) => {
    if (worker === started) worker = undefined;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`The suggest worker stopped (exit code ${code}).`)));
  return started;
}

/**
 * Where the worker's entry is: `suggest-worker.js` beside the main bundle in the built app
 * (a third entry in electron.vite.config.ts); where the sources run unbuilt (tsx, Vitest,
 * Playwright), a bundle of the TypeScript entry (see sourceWorkerFile).
 */
function locateSuggestWorker(): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return sourceWorkerFile(new URL('./suggest-worker.ts', here));
  const candidates = ['./suggest-worker.js', '../suggest-worker.js'].map((path) => new URL(path, here));
  const built = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (built === undefined)
    throw new Error(`The suggest worker is missing from the build (looked for ${candidates.map((url) => fileURLToPath(url)).join(', ')}).`);
  return built;
}
