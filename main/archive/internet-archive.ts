import type { FetchLimits } from './fetch-for-archive';

/** The Internet Archive's Save Page Now: GET this with the URL appended asks it to archive the page. */
export const INTERNET_ARCHIVE_SAVE = 'https://web.archive.org/save/';

/**
 * Asks the Internet Archive to save `url` (only when the workspace's setting allows it): one GET
 * to `endpoint` + the URL, no cookies or credentials, within `limits.timeoutMs`. Resolves with a
 * line for the analyst saying how it went; never rejects, since the local snapshot is already kept.
 */
export async function askInternetArchive(url: string, endpoint: string, limits: Pick<FetchLimits, 'timeoutMs'>): Promise<string> {
  try {
    const response = await fetch(endpoint + url, {
      credentials: 'omit',
      redirect: 'manual',
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: { 'user-agent': 'Factmark evidence archiver' },
    });
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 400) return 'The Internet Archive was asked to save it too.';
    return `The Internet Archive did not save it (it answered ${response.status}).`;
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'no answer in time' : 'offline or unreachable';
    return `The Internet Archive was not reached (${reason}); the snapshot here is kept.`;
  }
}
