import { randomUUID } from 'node:crypto';
import { importFile } from '../../import/import-article';
import { defaultAnalyst } from '../../profile/default-analyst';
import type { CliIo } from '../cli-io';
import { readInputFile } from '../read-input-file';
import { openStoreReporting } from '../report-store-messages';

/** `factmark import FILE`: adds FILE to the store and prints the new article's id as the last line. */
export async function importCommand(file: string, storeDir: string, io: CliIo): Promise<void> {
  const bytes = await readInputFile(file);
  const article = await importFile({ fileName: file, bytes }, randomUUID(), new Date());
  const store = await openStoreReporting({ dir: storeDir, defaultAnalyst: defaultAnalyst() }, io);
  try {
    await store.addArticle(article, bytes);
  } finally {
    await store.close();
  }
  io.out(`Imported "${article.metadata.title}" (${article.blocks.length} blocks, ${article.cleaning.dropped.length} lines dropped).`);
  io.out(article.id);
}
