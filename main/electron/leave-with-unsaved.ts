import type { FlushOutcome } from './flush-page';
import type { QuitEventLike } from './quit-after-close';

/** What the analyst is told when leaving would lose changes the store refused (a full disk). */
export const UNSAVED_CHANGES_QUESTION = {
  type: 'warning' as const,
  buttons: ['Keep Factmark open', 'Quit anyway'],
  defaultId: 0,
  cancelId: 0,
  message: 'Your last changes could not be saved',
  detail:
    'Factmark still holds them, and the window says why they were refused (a full disk, a read-only folder). ' +
    'If you quit now they are lost. Keep Factmark open, free some space or fix the folder, and they are saved again automatically.',
};

/**
 * Saves the page's pending changes, and when the store refused them asks whether to leave
 * anyway. Resolves true to go on leaving, false to stay. A page that could not be reached or
 * did not answer in time is not asked about: there is nothing it could still save.
 */
export async function confirmLeaving(flush: () => Promise<FlushOutcome>, askToLeaveAnyway: () => Promise<boolean>): Promise<boolean> {
  const outcome = await flush();
  return outcome === 'not-saved' ? askToLeaveAnyway() : true;
}

/**
 * Wraps the app's `before-quit` handling (`next`, the store's quit guard) so that a quit first
 * asks `confirm` — whether the page saved, or the analyst chose to lose what it could not — and
 * only a confirmed quit goes on, by calling `quit()` again. Quits asked for while it waits are
 * absorbed; a declined quit leaves the app running as it was.
 */
export function guardQuitWithUnsaved(
  confirm: () => Promise<boolean>,
  next: (event: QuitEventLike) => void,
  quit: () => void,
): (event: QuitEventLike) => void {
  let state: 'idle' | 'asking' | 'confirmed' = 'idle';
  return (event) => {
    if (state === 'confirmed') return next(event);
    event.preventDefault();
    if (state === 'asking') return;
    state = 'asking';
    void confirm()
      .catch(() => true)
      .then((leave) => {
        state = leave ? 'confirmed' : 'idle';
        if (leave) quit();
      });
  };
}
