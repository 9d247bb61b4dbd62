import { describe, expect, it, vi } from 'vitest';
import { runOnce } from './run-once';

describe('runOnce', () => {
  it('runs the shutdown once however many events ask for it, and says when it has started', async () => {
    const task = vi.fn(async () => {});
    const shutdown = runOnce(task);
    expect(shutdown.started()).toBe(false);
    const first = shutdown.run();
    expect(shutdown.run()).toBe(first);
    expect(shutdown.started()).toBe(true);
    await first;
    expect(task).toHaveBeenCalledOnce();
  });
});
