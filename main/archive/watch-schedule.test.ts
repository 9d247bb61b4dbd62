import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/model/annotation';
import type { ArticleSummary } from '../../shared/model/article';
import { startArticleWatch, WATCH_EVERY_MS, type ScheduledWatchDeps, type WatchTimer } from './watch-schedule';

const analyst = { id: 'ana', name: 'Ana' };
const summary = (id: string, url?: string) =>
  ({
    id,
    title: id,
    fileName: `${id}.html`,
    importedAt: '2026-12-07T09:00:00.000Z',
    characters: 100,
    ...(url ? { url } : {}),
  }) as ArticleSummary;

/** A timer the test ticks by hand, remembering the period it was given. */
function handTimer(): WatchTimer & { tick: () => void; period: number | null; stopped: boolean } {
  const timer = {
    period: null as number | null,
    stopped: false,
    run: () => {},
    tick: () => timer.run(),
    every: (ms: number, run: () => void) => {
      timer.period = ms;
      timer.run = run;
      return () => {
        timer.stopped = true;
      };
    },
  };
  return timer;
}

function deps(on: { value: boolean }, checked: string[]): ScheduledWatchDeps {
  const layers: Record<string, Annotation[]> = { annotated: [{} as Annotation], pasted: [{} as Annotation] };
  return {
    store: {
      listArticles: () => [
        summary('annotated', 'https://news.example/a'),
        summary('untouched', 'https://news.example/b'),
        summary('pasted'),
      ],
      getLayer: async (id) => layers[id] ?? [],
    },
    analyst: () => analyst,
    isOn: () => on.value,
    check: async (id) => (checked.push(id), { changed: true }),
  };
}

describe('the hourly article watch', () => {
  it('checks, each hour the setting is on, only the annotated articles that have a web address, and stops when told', async () => {
    const on = { value: false };
    const checked: string[] = [];
    const timer = handTimer();
    const stop = startArticleWatch(deps(on, checked), timer);
    expect(timer.period).toBe(WATCH_EVERY_MS);

    timer.tick();
    await new Promise((resolve) => setImmediate(resolve));
    expect(checked).toEqual([]);

    on.value = true;
    timer.tick();
    // A tick while a round is under way starts no second one.
    timer.tick();
    await stop();
    expect(checked).toEqual(['annotated']);
    expect(timer.stopped).toBe(true);
  });
});
