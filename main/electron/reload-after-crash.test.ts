import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { MAX_RELOADS_PER_MINUTE, reloadAfterCrash } from './reload-after-crash';

function crashableWindow() {
  const webContents = new EventEmitter();
  const loaded: string[] = [];
  const window = { isDestroyed: () => false, loadURL: async (url: string) => void loaded.push(url), webContents };
  const gone = (reason: string) => webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
  return { window, loaded, gone };
}

describe('reloadAfterCrash', () => {
  it('reloads the app page when its process crashes, is killed or runs out of memory', () => {
    const { window, loaded, gone } = crashableWindow();
    reloadAfterCrash(window, 'app://factmark/index.html', vi.fn(), vi.fn(), () => 0);
    gone('crashed');
    expect(loaded).toEqual(['app://factmark/index.html']);
  });

  it('leaves a page that exited cleanly alone', () => {
    const { window, loaded, gone } = crashableWindow();
    reloadAfterCrash(window, 'app://factmark/index.html', vi.fn(), vi.fn(), () => 0);
    gone('clean-exit');
    expect(loaded).toEqual([]);
  });

  it('gives up, saying so, when the page keeps crashing within a minute, and reloads again a minute later', () => {
    const { window, loaded, gone } = crashableWindow();
    const onGiveUp = vi.fn();
    let now = 0;
    reloadAfterCrash(window, 'app://factmark/index.html', vi.fn(), onGiveUp, () => now);
    for (let i = 0; i <= MAX_RELOADS_PER_MINUTE; i++) gone('crashed');
    expect(loaded).toHaveLength(MAX_RELOADS_PER_MINUTE);
    expect(onGiveUp).toHaveBeenCalledOnce();
    now = 60_000;
    gone('oom');
    expect(loaded).toHaveLength(MAX_RELOADS_PER_MINUTE + 1);
  });
});
