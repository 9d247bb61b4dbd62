import { afterAll, describe, expect, it } from 'vitest';
import { readArticleSuggestions } from './read-article-suggestions';
import { stopSuggestWorker, suggestInWorker } from './suggest-worker-pool';

const paragraph = `Kremlin spokesman Dmitry Peskov said the tanks were empty when the convoy arrived.

The port authority denied the claim and declined to comment further.

Records show 40 tonnes of fuel were unloaded on March 3, more than the 25 tonnes reported in 2023.`;

afterAll(() => stopSuggestWorker());

describe('suggestInWorker', () => {
  it('answers exactly what the suggester gives on the calling thread', async () => {
    expect(await suggestInWorker(paragraph)).toEqual(readArticleSuggestions(paragraph));
  });

  it('leaves the calling thread free while a long article is read', async () => {
    await suggestInWorker(paragraph);
    const text = Array.from({ length: 400 }, (_, i) => paragraph.replace('40 tonnes', `${i} tonnes`)).join('\n\n');
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const answer = await suggestInWorker(text);
    clearInterval(timer);
    expect(answer.suggestions.length).toBeGreaterThan(400);
    // Run on the calling thread, the reading would hold the event loop and the timer could not
    // tick until it ended; in the worker it keeps ticking however fast the machine is.
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it('starts a new worker after the last one was stopped', async () => {
    await stopSuggestWorker();
    expect((await suggestInWorker(paragraph)).suggestions.length).toBeGreaterThan(0);
  });
});
