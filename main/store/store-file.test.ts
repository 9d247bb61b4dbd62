import { describe, expect, it } from 'vitest';
import { createCoalescingWriter } from './store-file';

/** A flush that records what it saw and finishes only when told. */
function controlledFlush() {
  let state = 0;
  let active = 0;
  const seen: number[] = [];
  const finishers: Array<(error?: Error) => void> = [];
  const flush = () =>
    new Promise<void>((resolve, reject) => {
      active++;
      expect(active).toBe(1);
      seen.push(state);
      finishers.push((error) => {
        active--;
        if (error) reject(error);
        else resolve();
      });
    });
  return {
    flush,
    seen,
    setState: (value: number) => (state = value),
    finish: async (error?: Error) => {
      finishers.shift()?.(error);
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('createCoalescingWriter', () => {
  it('merges requests made during a flush into one later flush of the latest state', async () => {
    const f = controlledFlush();
    const writer = createCoalescingWriter(f.flush);
    const settled: string[] = [];
    f.setState(1);
    const first = writer.request().then(() => settled.push('first'));
    f.setState(2);
    const second = writer.request().then(() => settled.push('second'));
    f.setState(3);
    const third = writer.request().then(() => settled.push('third'));
    await f.finish();
    expect(settled).toEqual(['first']);
    await f.finish();
    await Promise.all([first, second, third]);
    expect(settled).toEqual(['first', 'second', 'third']);
    expect(f.seen).toEqual([1, 3]);
  });

  it('rejects the requests a failed flush served and flushes again on the next request', async () => {
    const f = controlledFlush();
    const writer = createCoalescingWriter(f.flush);
    const failed = expect(writer.request()).rejects.toThrow('disk full');
    await f.finish(new Error('disk full'));
    await failed;
    const retried = writer.request();
    await f.finish();
    await expect(retried).resolves.toBeUndefined();
    expect(f.seen).toHaveLength(2);
  });

  it('reports idle only after queued flushes finish', async () => {
    const f = controlledFlush();
    const writer = createCoalescingWriter(f.flush);
    void writer.request();
    void writer.request();
    let idle = false;
    const waiting = writer.idle().then(() => (idle = true));
    await f.finish();
    expect(idle).toBe(false);
    await f.finish();
    await waiting;
    expect(idle).toBe(true);
  });
});
