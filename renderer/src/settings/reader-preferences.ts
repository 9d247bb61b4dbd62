import { useSyncExternalStore } from 'react';
import {
  DEFAULT_READER_PREFERENCES,
  TEXT_SIZE_MAX,
  TEXT_SIZE_MIN,
  TEXT_SIZE_STEP,
  type ReaderPreferences,
  type ReadingWidth,
} from '../../../shared/model/library-state';
import type { Client } from '../ipc/client';

/** Characters per line for each reading width. */
const MEASURES: Readonly<Record<ReadingWidth, string>> = { narrow: '58ch', medium: '70ch', wide: '88ch' };

let current: ReaderPreferences = DEFAULT_READER_PREFERENCES;
let storeDir: string | null = null;
const listeners = new Set<() => void>();
const systemDark = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

/** Draws the page as `preferences` say: `data-theme` on the root (the system's choice resolved), text size and measure as variables. */
function apply(preferences: ReaderPreferences): void {
  const root = document.documentElement;
  const dark = preferences.appearance === 'dark' || (preferences.appearance === 'system' && (systemDark?.matches ?? false));
  root.dataset.theme = dark ? 'dark' : 'light';
  root.style.setProperty('--reading-scale', String(preferences.textSize / 100));
  root.style.setProperty('--reading-measure', MEASURES[preferences.readingWidth]);
}

function publish(preferences: ReaderPreferences): void {
  current = preferences;
  apply(preferences);
  for (const listener of listeners) listener();
}

systemDark?.addEventListener('change', () => apply(current));
apply(current);

/** What main last said was saved; what the page falls back to when a change cannot be saved. */
let saved: ReaderPreferences = DEFAULT_READER_PREFERENCES;
/** Counts changes, so that an answer to an older one never overrides a newer (Ctrl+- pressed twice quickly ends two steps down). */
let changes = 0;
let answered = 0;

/** Reads the analyst's preferences and the store's folder from main and applies them. */
export async function loadReaderPreferences(client: Client): Promise<void> {
  const answer = await client['preferences:get']({});
  storeDir = answer.storeDir;
  saved = answer.preferences;
  publish(answer.preferences);
}

/** Applies `patch` at once and saves it; on failure the saved preferences come back and the error is thrown. */
export async function changeReaderPreferences(client: Client, patch: Partial<ReaderPreferences>): Promise<void> {
  const change = ++changes;
  publish({ ...current, ...patch });
  try {
    const answer = await client['preferences:update'](patch);
    if (change > answered) [saved, answered] = [answer, change];
    if (change === changes) publish(saved);
  } catch (error) {
    if (change === changes) publish(saved);
    throw error;
  }
}

/** Ctrl+= / Ctrl+- (one step bigger or smaller, within the limits) and Ctrl+0 (the default size). */
export function zoomReadingText(client: Client, step: 1 | -1 | 0): Promise<void> {
  const size = step === 0 ? DEFAULT_READER_PREFERENCES.textSize : current.textSize + step * TEXT_SIZE_STEP;
  return changeReaderPreferences(client, { textSize: Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, size)) });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The preferences in force, re-rendering on each change, and the store's folder (null until loaded). */
export function useReaderPreferences(): { preferences: ReaderPreferences; storeDir: string | null } {
  const preferences = useSyncExternalStore(subscribe, () => current);
  return { preferences, storeDir };
}
