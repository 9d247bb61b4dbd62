/**
 * Child process of the casebook concurrency tests: one analyst working in a shared casebook
 * folder from their own machine. Opens the casebook in argv[2] as the app does
 * (`openCasebookStore`: the analyst's own writer lock), with the machine's profile folder
 * `<argv[2]>.machine-<analyst>` and analyst argv[3] as the identity, prints `ready`, waits for `go` on stdin, then applies changes argv[4] …
 * argv[5] − 1 of the analyst's stream keeping argv[6] writes in flight, printing `ack <i>` only
 * once change i is durable, and `done` after closing the store. A failure is printed as
 * `error <message>` and exits 1.
 */
import { createInterface } from 'node:readline';
import { mkdir } from 'node:fs/promises';
import { openCasebookStore } from '../open-casebook-store';
import { casebookChange, SHARED_DOCUMENT } from './casebook-changes';

const [dir, analystId, fromArg, toArg, windowArg] = process.argv.slice(2);
if (dir === undefined || analystId === undefined)
  throw new Error('usage: casebook-writer <casebook dir> <analyst> <from> <to> <writes in flight>');
const analyst = { id: analystId, name: `Analyst ${analystId}` };
const [from, to, inFlight] = [Number(fromArg ?? 0), Number(toArg ?? 0), Number(windowArg ?? 1)];

try {
  const profileDir = `${dir}.machine-${analyst.id}`;
  await mkdir(profileDir, { recursive: true });
  const { store, identity } = await openCasebookStore({ storeDir: dir, profileDir, fallback: analyst });
  if (identity.get().analyst.id !== analyst.id) throw new Error(`opened as ${identity.get().analyst.id}, not ${analyst.id}`);
  await store.getLayer(SHARED_DOCUMENT, analyst);
  process.stdout.write('ready\n');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) if (line === 'go') break;
  lines.close();
  const pending: { i: number; done: Promise<void> }[] = [];
  const settleOldest = async () => {
    const oldest = pending.shift();
    if (!oldest) return;
    await oldest.done;
    process.stdout.write(`ack ${oldest.i}\n`);
  };
  for (let i = from; i < to; i++) {
    pending.push({ i, done: store.applyToLayer(SHARED_DOCUMENT, analyst, casebookChange(analyst, i)) });
    if (pending.length >= inFlight) await settleOldest();
  }
  while (pending.length > 0) await settleOldest();
  await store.close();
  process.stdout.write('done\n');
} catch (error) {
  process.stderr.write(`error ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
