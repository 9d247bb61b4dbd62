import { sentenceTables, type SentenceRequest, type SentenceTables } from './sentence-tables';

/** The part of a dedicated worker's global scope this thread uses (the renderer's types are the window's). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<SentenceRequest>) => void): void;
  postMessage(message: SentenceTables, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', ({ data }) => {
  const tables = sentenceTables(data);
  scope.postMessage(tables, [tables.starts.buffer, tables.ends.buffer]);
});
