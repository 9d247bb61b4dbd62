import type { ArticleSummary } from '../../../shared/model/article';
import type { Client } from '../ipc/client';
import type { EncodedFile } from '../import/read-file';

/** The analyst's answer when an imported file is another version of a library article; null cancels. */
export type VersionChoice = 'version' | 'separate' | null;

/** Asks the analyst about a file that matches `title` (which has `versions` versions). */
export type AskVersionChoice = (match: { title: string; versions: number }) => Promise<VersionChoice>;

/**
 * Imports a file; when main answers that it is another version of a library article (same
 * canonical URL), asks the analyst and imports it again as they chose. Resolves with the
 * article to open: when the analyst cancels, nothing is stored and that is the article already
 * in the library.
 */
export async function importWithVersionCheck(
  client: Client,
  file: EncodedFile & { importId?: string },
  ask: AskVersionChoice,
): Promise<ArticleSummary> {
  const answer = await client['document:import'](file);
  if (!answer.sameArticle) return answer;
  const choice = await ask({ title: answer.title || answer.fileName, versions: answer.sameArticle.versions });
  if (choice === null) return answer;
  return client['document:import'](choice === 'version' ? { ...file, versionOf: answer.id } : { ...file, separate: true });
}
