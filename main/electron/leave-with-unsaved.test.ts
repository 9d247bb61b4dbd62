import { describe, expect, it, vi } from 'vitest';
import { confirmLeaving, guardQuitWithUnsaved } from './leave-with-unsaved';

describe('confirmLeaving', () => {
  it('leaves without asking once the page has saved', async () => {
    const ask = vi.fn(async () => false);
    await expect(confirmLeaving(async () => 'saved', ask)).resolves.toBe(true);
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks when the store refused the last changes, and stays when the analyst says so', async () => {
    await expect(
      confirmLeaving(
        async () => 'not-saved',
        async () => false,
      ),
    ).resolves.toBe(false);
    await expect(
      confirmLeaving(
        async () => 'not-saved',
        async () => true,
      ),
    ).resolves.toBe(true);
  });
});

describe('guardQuitWithUnsaved', () => {
  const event = () => ({ preventDefault: vi.fn() });

  it('holds the quit until confirmed, then lets the second quit through to the store guard', async () => {
    const next = vi.fn();
    let quitAgain = () => {};
    const guard = guardQuitWithUnsaved(
      async () => true,
      next,
      () => quitAgain(),
    );
    const first = event();
    const quitted = new Promise<void>((resolve) => (quitAgain = resolve));
    guard(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(next).not.toHaveBeenCalled();
    await quitted;
    const second = event();
    guard(second);
    expect(next).toHaveBeenCalledWith(second);
  });

  it('keeps the app running when the analyst declines, and asks again at the next quit', async () => {
    const answers = [false, true];
    const confirm = vi.fn(async () => answers.shift()!);
    const quit = vi.fn();
    const guard = guardQuitWithUnsaved(confirm, vi.fn(), quit);
    guard(event());
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    expect(quit).not.toHaveBeenCalled();
    guard(event());
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
  });
});
