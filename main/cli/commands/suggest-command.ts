import { segmentText } from '../../../shared/segment';
import { suggest, unsupportedSuggestLanguage } from '../../../shared/suggest';
import { toPlainText } from '../../../shared/text/plain-text';
import { importFile } from '../../import/import-article';
import type { CliIo } from '../cli-io';
import { readInputFile } from '../read-input-file';

/**
 * `factmark suggest FILE`: imports FILE exactly as `factmark segment` does and prints the offline
 * suggester's ranked suggestions, highest score first:
 * `{"suggestions": [{"start", "end", "text", "tag", "score", "reasons"}]}`, offsets into the same
 * plain text that `segment` prints: exactly the fields the contract names (the claimant
 * the app pre-fills claim records with is left out). Nothing is tagged or stored. An article in a
 * language the suggester cannot read gets no suggestions, and stderr says why.
 */
export async function suggestCommand(file: string, io: CliIo): Promise<void> {
  const article = await importFile({ fileName: file, bytes: await readInputFile(file) }, 'suggest', new Date());
  const text = toPlainText(article.blocks);
  const unsupported = unsupportedSuggestLanguage(article.lang, text);
  if (unsupported) {
    io.err(`The suggester reads English only; ${file} is in ${unsupported}, so nothing is suggested.`);
    io.out(JSON.stringify({ suggestions: [] }, null, 2));
    return;
  }
  const suggestions = suggest(text, segmentText(text)).map(({ start, end, text: sentence, tag, score, reasons }) => ({
    start,
    end,
    text: sentence,
    tag,
    score,
    reasons,
  }));
  io.out(JSON.stringify({ suggestions }, null, 2));
}
