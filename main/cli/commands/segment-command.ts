import { segmentText } from '../../../shared/segment';
import { toPlainText } from '../../../shared/text/plain-text';
import { importFile } from '../../import/import-article';
import type { CliIo } from '../cli-io';
import { readInputFile } from '../read-input-file';

/**
 * `factmark segment FILE [--lang CODE]`: imports FILE exactly as the app would (cleaning
 * included) and prints `{"title", "lang", "text", "sentences": [{"start", "end", "text"}]}`;
 * offsets index `text`. `lang` is `lang` when given (already a canonical BCP 47 tag), else the
 * language the file declares or its text shows, and null when neither tells.
 */
export async function segmentCommand(file: string, io: CliIo, lang?: string): Promise<void> {
  const article = await importFile({ fileName: file, bytes: await readInputFile(file) }, 'segment', new Date());
  const text = toPlainText(article.blocks);
  const sentences = segmentText(text).map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
  io.out(JSON.stringify({ title: article.metadata.title, lang: lang ?? article.lang ?? null, text, sentences }, null, 2));
}
