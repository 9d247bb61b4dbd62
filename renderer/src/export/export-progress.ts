/** How long an export may take before the dialog says it is working on it. */
export const PROGRESS_AFTER_MS = 500;

/**
 * Runs `task` and calls `onSlow` once if it is still running `afterMs` later (never after it
 * settles), so quick exports close without a flash of "Exporting…". Resolves or rejects as the
 * task does.
 */
export async function runWithProgress<T>(task: () => Promise<T>, onSlow: () => void, afterMs = PROGRESS_AFTER_MS): Promise<T> {
  const timer = setTimeout(onSlow, afterMs);
  try {
    return await task();
  } finally {
    clearTimeout(timer);
  }
}
