import { describe, expect, it, vi } from 'vitest';
import { holdCloseWithRefusedChanges, type UnloadTarget } from './hold-close-with-refused';

function fakeWindow() {
  let listener: ((event: BeforeUnloadEvent) => void) | null = null;
  const target: UnloadTarget = {
    addEventListener: (_type, added) => (listener = added),
    removeEventListener: () => (listener = null),
  };
  /** Tries to close: true when the page let it. */
  const close = () => {
    const event = { preventDefault: vi.fn(), returnValue: undefined as unknown } as unknown as BeforeUnloadEvent & {
      preventDefault: ReturnType<typeof vi.fn>;
    };
    listener?.(event);
    return event.preventDefault.mock.calls.length === 0;
  };
  return { target, close, installed: () => listener !== null };
}

describe('holdCloseWithRefusedChanges', () => {
  it('lets the window close when nothing was refused', () => {
    const window = fakeWindow();
    const held = vi.fn();
    holdCloseWithRefusedChanges(window.target, () => false, held);
    expect(window.close()).toBe(true);
    expect(held).not.toHaveBeenCalled();
  });

  it('holds the first close while changes are refused, says so, and lets the second through', () => {
    const window = fakeWindow();
    const held = vi.fn();
    holdCloseWithRefusedChanges(window.target, () => true, held);
    expect(window.close()).toBe(false);
    expect(held).toHaveBeenCalledOnce();
    expect(window.close()).toBe(true);
  });

  it('uninstalls', () => {
    const window = fakeWindow();
    holdCloseWithRefusedChanges(window.target, () => true, vi.fn())();
    expect(window.installed()).toBe(false);
  });
});
