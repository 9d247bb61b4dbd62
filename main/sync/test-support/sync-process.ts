// One sync in its own process, for tests that kill it: node --import tsx sync-process.ts STORE ANALYST REMOTE
// (credentials from FACTMARK_SYNC_USER and FACTMARK_SYNC_TOKEN). Prints the result as JSON.
import { syncCasebook } from '../sync-casebook';

const [storeDir, analystId, remote] = process.argv.slice(2) as [string, string, string];
const password = process.env.FACTMARK_SYNC_TOKEN;
const result = await syncCasebook({
  storeDir,
  me: { id: analystId, name: analystId },
  remote,
  credentials: password ? { user: process.env.FACTMARK_SYNC_USER ?? 'factmark', password } : undefined,
});
process.stdout.write(`${JSON.stringify(result)}\n`);
