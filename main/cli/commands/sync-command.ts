import { defaultAnalyst } from '../../profile/default-analyst';
import { DEFAULT_MAX_FILE_BYTES, syncCasebook } from '../../sync/sync-casebook';
import type { CliIo } from '../cli-io';
import { openStoreReporting } from '../report-store-messages';

/**
 * `factmark sync [--remote URL]`: syncs the store with its git remote (connecting it on first
 * use) and prints only `{"status","pulled","pushed","refused":[{"file","reason"}]}` on stdout;
 * git's messages and the reason for any status but "synced" go to stderr. Resolves with the exit
 * code: 0 when synced, 1 otherwise. Holds the store's writer lock throughout. An https user and
 * token come from the URL (used for this call only, never written) or from FACTMARK_SYNC_USER
 * and FACTMARK_SYNC_TOKEN; FACTMARK_SYNC_MAX_FILE_BYTES lowers the largest file taken.
 */
export async function syncCommand(remote: string | undefined, storeDir: string, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const store = await openStoreReporting({ dir: storeDir, defaultAnalyst: defaultAnalyst() }, io);
  try {
    const token = env.FACTMARK_SYNC_TOKEN;
    const result = await syncCasebook({
      storeDir: store.dir,
      remote,
      me: store.getSettings().analyst,
      credentials: token ? { user: env.FACTMARK_SYNC_USER ?? 'factmark', password: token } : undefined,
      maxFileBytes: Number(env.FACTMARK_SYNC_MAX_FILE_BYTES) || DEFAULT_MAX_FILE_BYTES,
      onProgress: (text) => io.err(text.trimEnd()),
    });
    io.out(JSON.stringify({ status: result.status, pulled: result.pulled, pushed: result.pushed, refused: result.refused }));
    for (const { file, reason } of result.refused) io.err(`factmark: ${file} from the remote ${reason}`);
    if (result.status === 'synced') return 0;
    io.err(`factmark: ${result.reason ?? result.status}${result.toSend > 0 ? ` ${result.toSend} change(s) wait to be sent.` : ''}`);
    return 1;
  } finally {
    await store.close();
  }
}
