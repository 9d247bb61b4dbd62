// What a driver needs to act as the app's page: start the built shell, call its IPC channels as
// the page would, and a stand-in for the renderer's autosave (a 300 ms quiet time, as the
// renderer's) whose pending change is sent at once when main calls the page's flush hook.
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
// Loads the fake (the hooks map 'electron' to it), which sets globalThis.fakeElectron.
import 'electron';

const fake = globalThis.fakeElectron;
const PAGE_URL = 'app://factmark/index.html';
const AUTOSAVE_DELAY_MS = 300;

/** Imports the built main process and waits for its window to load. */
export async function startShell(mainPath) {
  await import(pathToFileURL(mainPath).href);
  const window = fake.windows[0] ?? (await waitFor(() => fake.windows[0]));
  if (!window.url) await new Promise((resolve) => window.once('loaded', resolve));
  return window;
}

/** Calls a channel as the app's page does. */
export function invoke(channel, payload, frameUrl = PAGE_URL) {
  return fake.handlers.get(channel)({ senderFrame: { url: frameUrl, parent: null } }, payload);
}

/**
 * Opens the sample article as the page would and returns `tag(id)`, which tags its first
 * sentence with a claim whose save waits in the debounce, as a change just made does.
 */
export async function openSampleArticle() {
  const [summary] = (await invoke('library:list', {})).value;
  const { article } = (await invoke('document:open', { documentId: summary.id })).value;
  const analyst = (await invoke('settings:get', {})).value.analyst;
  const text = article.blocks.map((block) => block.text).join('\n\n');
  const quote = article.blocks.find((block) => block.text.length > 20).text.slice(0, 20);
  const start = text.indexOf(quote);
  const annotation = (id) => ({
    schemaVersion: 1,
    id,
    documentId: summary.id,
    creator: { id: analyst.id, name: analyst.name },
    created: new Date().toISOString(),
    modified: new Date().toISOString(),
    body: { tag: 'claim', note: '' },
    target: {
      source: summary.id,
      selector: {
        quote: {
          type: 'TextQuoteSelector',
          exact: quote,
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(start + quote.length, start + quote.length + 32),
        },
        position: { type: 'TextPositionSelector', start, end: start + quote.length },
      },
    },
  });
  let pending = null;
  let timer = null;
  const save = async () => {
    clearTimeout(timer);
    if (!pending) return true;
    const batch = pending;
    pending = null;
    const result = await invoke('annotations:apply', { documentId: summary.id, upsert: [batch], remove: [] });
    return result.ok;
  };
  vm.runInContext('globalThis', fake.pageWorld).factmarkFlushBeforeQuit = save;
  return {
    documentId: summary.id,
    tag(id) {
      pending = annotation(id);
      timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    saveNow: save,
  };
}

/** Resolves once `read()` returns something truthy. */
export async function waitFor(read) {
  for (;;) {
    const value = read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves after `ms`: the "change made 100 ms before quitting" is a real 100 ms. */
export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
