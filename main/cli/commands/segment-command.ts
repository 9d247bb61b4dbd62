import { segmentText } from '../../../shared/segment';
import { toPlainText } from '../../../shared/text/plain-text';
import { importFile } from '../../import/import-article';
import type { CliIo } from '../cli-io';
import { readInputFile } from '../read-input-file';

/**
 * `factmark segment FILE`: imports FILE exactly as the app would (cleaning included) and prints
 * `{"title", "text", "sentences": [{"start", "end", "text"}]}`; offsets index `text`.
 */
export async function segmentCommand(file: string, io: CliIo): Promise<void> {
  const article = await importFile({ fileName: file, bytes: await readInputFile(file) }, 'segment', new Date());
  const text = toPlainText(article.blocks);
  const sentences = segmentText(text).map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
  io.out(JSON.stringify({ title: article.metadata.title, text, sentences }, null, 2));
}
