// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { DEFAULT_READER_PREFERENCES, type ReaderPreferences } from '../../../shared/model/library-state';
import type { Client } from '../ipc/client';
import { loadReaderPreferences, zoomReadingText } from './reader-preferences';

/** A main process that saves each patch in order but answers them in the order the test releases them. */
function slowMain() {
  let saved: ReaderPreferences = { ...DEFAULT_READER_PREFERENCES };
  const pending: Array<() => void> = [];
  const client = {
    'preferences:get': async () => ({ preferences: saved, storeDir: '/store' }),
    'preferences:update': (patch: Partial<ReaderPreferences>) => {
      saved = { ...saved, ...patch };
      const answer = saved;
      return new Promise<ReaderPreferences>((resolve) => pending.push(() => resolve(answer)));
    },
  } as unknown as Client;
  return { client, answer: (index: number) => pending[index]!() };
}

const scale = () => document.documentElement.style.getPropertyValue('--reading-scale');

it('Ctrl+- pressed twice quickly ends two steps smaller, whichever answer comes back first', async () => {
  const main = slowMain();
  await loadReaderPreferences(main.client);
  const first = zoomReadingText(main.client, -1);
  const second = zoomReadingText(main.client, -1);
  expect(scale()).toBe('0.8');
  main.answer(1);
  await second;
  main.answer(0);
  await first;
  expect(scale()).toBe('0.8');
});
