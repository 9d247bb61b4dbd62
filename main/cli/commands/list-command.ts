import { defaultAnalyst } from '../../profile/default-analyst';
import type { CliIo } from '../cli-io';
import { openStoreReporting } from '../report-store-messages';

/** `factmark list`: the library's articles as a JSON array of summaries, newest first. Reads only. */
export async function listCommand(storeDir: string, io: CliIo): Promise<void> {
  const store = await openStoreReporting({ dir: storeDir, defaultAnalyst: defaultAnalyst(), readOnly: true }, io);
  try {
    io.out(JSON.stringify(store.listArticles(), null, 2));
  } finally {
    await store.close();
  }
}
