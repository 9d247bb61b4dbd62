// One analyst's app in its own process, for the sync stress tests: makes `changes` changes to
// its own layer on the shared article (a new tag, or a retag of an earlier one), syncing after
// every `every` changes, and prints `ack N` once change N is durable in its store and `synced`
// after each sync. Run: node --import tsx analyst-process.ts STORE ANALYST REMOTE CHANGES EVERY
import type { Creator } from '../../../shared/model/annotation';
import { openStore } from '../../store';
import { syncCasebook } from '../sync-casebook';
import { taggedAnnotation } from './sync-fixtures';

const [storeDir, analystId, remote, changesText, everyText] = process.argv.slice(2) as [string, string, string, string, string];
const analyst: Creator = { id: analystId, name: `Analyst ${analystId}` };
const changes = Number(changesText);
const every = Number(everyText);
const DOCUMENT = 'port';

async function syncOnce(): Promise<void> {
  for (;;) {
    const result = await syncCasebook({ storeDir, me: analyst, remote, credentials: credentialsFromEnv() });
    if (result.status === 'synced') break;
    if (result.status !== 'offline') throw new Error(`sync ${result.status}: ${result.reason ?? ''}`);
  }
  process.stdout.write('synced\n');
}

function credentialsFromEnv(): { user: string; password: string } | undefined {
  const password = process.env.FACTMARK_SYNC_TOKEN;
  return password ? { user: process.env.FACTMARK_SYNC_USER ?? 'factmark', password } : undefined;
}

await syncOnce();
for (let n = 1; n <= changes; n++) {
  const store = await openStore({ dir: storeDir, defaultAnalyst: analyst });
  try {
    // From the sixth change on, every third retags a claim made five changes (at least one sync) before, so history holds retags too.
    const annotation =
      n % 3 === 0 && n >= 6
        ? taggedAnnotation(DOCUMENT, analyst, n - 5, 'evidence', { modified: new Date(Date.UTC(2026, 0, 2, 0, 0, n)).toISOString() })
        : taggedAnnotation(DOCUMENT, analyst, n, 'claim');
    await store.applyToLayer(DOCUMENT, analyst, { upsert: [annotation], remove: [] });
  } finally {
    await store.close();
  }
  process.stdout.write(`ack ${n}\n`);
  if (n % every === 0) await syncOnce();
}
await syncOnce();
