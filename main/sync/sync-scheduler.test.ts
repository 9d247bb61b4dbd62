import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncScheduler } from './sync-scheduler';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function counter() {
  let syncs = 0;
  let release: (() => void) | undefined;
  let hold = false;
  return {
    run: () => {
      syncs++;
      return hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    },
    syncs: () => syncs,
    holdNext: () => (hold = true),
    finish: () => {
      hold = false;
      release?.();
    },
  };
}

describe('createSyncScheduler', () => {
  it('syncs once, 10 s after the last of a run of saves, never on the save itself', async () => {
    const sync = counter();
    const scheduler = createSyncScheduler(sync.run);
    for (let i = 0; i < 20; i++) {
      scheduler.saved();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(sync.syncs()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sync.syncs()).toBe(1);
    await scheduler.close();
  });

  it('syncs every 60 s and on window focus', async () => {
    const sync = counter();
    const scheduler = createSyncScheduler(sync.run);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sync.syncs()).toBe(2);
    scheduler.focused();
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.syncs()).toBe(3);
    await scheduler.close();
  });

  it('never runs two syncs at once: requests during one run make exactly one more after it', async () => {
    const sync = counter();
    const scheduler = createSyncScheduler(sync.run);
    sync.holdNext();
    const first = scheduler.now();
    const second = scheduler.now();
    scheduler.focused();
    expect(sync.syncs()).toBe(1);
    sync.finish();
    await first;
    await second;
    expect(sync.syncs()).toBe(2);
    await scheduler.close();
  });

  it('stops syncing once closed', async () => {
    const sync = counter();
    const scheduler = createSyncScheduler(sync.run);
    scheduler.saved();
    await scheduler.close();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(sync.syncs()).toBe(0);
  });
});
