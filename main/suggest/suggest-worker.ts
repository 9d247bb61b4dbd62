import { parentPort } from 'node:worker_threads';
import { readArticleSuggestions } from './read-article-suggestions';
import type { SuggestAnswer, SuggestRequest } from './suggest-protocol';

// The suggest worker's entry: answers each article's text with its suggestions, one at a time.
// It stays alive between requests so wink-nlp and its model load once.
const port = parentPort;
if (port === null) throw new Error('suggest-worker runs as a worker thread only.');

port.on('message', ({ id, text }: SuggestRequest) => {
  let answer: SuggestAnswer;
  try {
    answer = { id, ok: true, value: readArticleSuggestions(text) };
  } catch (error) {
    answer = { id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(answer);
});
