/**
 * Child process of the crash tests and benchmark: opens the store in argv[2] and applies the
 * crash change stream from change argv[3] on, keeping argv[4] writes in flight. It prints
 * `ready` once the store is open and `ack <i>` only after change i is durable, until killed.
 */
import { openStore } from '../open-store';
import { crashChange, CRASH_DOCUMENT } from './crash-changes';
import { ALICE, makeArticle, sourceBytesFor } from './fixtures';

const [dir, fromArg, windowArg] = process.argv.slice(2);
if (dir === undefined) throw new Error('usage: crash-writer <store dir> <first change> <writes in flight>');
const from = Number(fromArg ?? 0);
const inFlight = Number(windowArg ?? 1);

// Folding changes into the layer file often, so kills also land in the middle of compactions.
const store = await openStore({ dir, defaultAnalyst: ALICE, compaction: { afterChanges: 7, afterMs: 15 } });
if (!store.listArticles().some((a) => a.id === CRASH_DOCUMENT)) {
  await store.addArticle(makeArticle(CRASH_DOCUMENT), sourceBytesFor(CRASH_DOCUMENT));
}
await store.getLayer(CRASH_DOCUMENT, ALICE);
process.stdout.write('ready\n');

const pending: Array<{ i: number; done: Promise<void> }> = [];
for (let i = from; ; i++) {
  pending.push({ i, done: store.applyToLayer(CRASH_DOCUMENT, ALICE, crashChange(i)) });
  if (pending.length >= inFlight) {
    const oldest = pending.shift();
    if (oldest) {
      await oldest.done;
      process.stdout.write(`ack ${oldest.i}\n`);
    }
  }
}
