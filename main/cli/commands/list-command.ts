import { defaultAnalyst } from '../../app/default-analyst';
import { openStore } from '../../store';
import type { CliIo } from '../cli-io';
import { reportStoreMessages } from '../report-store-messages';

/** `factmark list`: the library's articles as a JSON array of summaries, newest first. Reads only. */
export async function listCommand(storeDir: string, io: CliIo): Promise<void> {
  const store = await openStore({ dir: storeDir, defaultAnalyst: defaultAnalyst(), readOnly: true });
  try {
    reportStoreMessages(store.messages(), io);
    io.out(JSON.stringify(store.listArticles(), null, 2));
  } finally {
    await store.close();
  }
}
