/**
 * Child process of the shared-files tests: one analyst's app on a casebook folder, opened as the
 * app does (`openCasebookStore`, machine folder `<dir>.machine-<analyst>`).
 * - `add <dir> <analyst> <count> <settings patch JSON>`: imports articles `<analyst>-0` … and,
 *   half-way, saves the settings patch;
 * - `reopen <dir> <analyst>`: opens and closes the casebook over and over until stdin says `stop`.
 * Prints one JSON line `{"done": n, "failures": [message…]}` and exits 0.
 */
import { mkdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { openCasebookStore } from '../open-casebook-store';
import { makeArticle, sourceBytesFor } from '../../store/test-support/fixtures';

const [role, dir, analystId, countArg, patchArg] = process.argv.slice(2);
if (dir === undefined || analystId === undefined) throw new Error('usage: shared-files-worker add|reopen <dir> <analyst> [count] [patch]');
const analyst = { id: analystId, name: `Analyst ${analystId}` };
const profileDir = `${dir}.machine-${analyst.id}`;
await mkdir(profileDir, { recursive: true });
const open = () => openCasebookStore({ storeDir: dir, profileDir, fallback: analyst });
const failures: string[] = [];
let done = 0;

if (role === 'add') {
  const { store } = await open();
  const count = Number(countArg);
  for (let i = 0; i < count; i++) {
    const id = `${analyst.id}-${i}`;
    // Distinct import times keep the library's order (newest first) well defined.
    const importedAt = new Date(Date.UTC(2026, 0, 1, 10, 0, i)).toISOString();
    await store.addArticle(makeArticle(id, importedAt), sourceBytesFor(id)).then(
      () => (done += 1),
      (error: Error) => failures.push(error.message),
    );
    if (i === Math.floor(count / 2))
      await store.updateSettings(JSON.parse(patchArg ?? '{}') as object).catch((error: Error) => failures.push(error.message));
  }
  await store.close();
} else {
  let stopped = false;
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => (stopped ||= line === 'stop'));
  while (!stopped) {
    try {
      const { store } = await open();
      await store.close();
      done += 1;
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  lines.close();
}
process.stdout.write(`${JSON.stringify({ done, failures })}\n`);
