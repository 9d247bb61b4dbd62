import { UserFacingError } from '../../shared/ipc/result';

/** How far a fetch for the archive may go. */
export interface FetchLimits {
  /** The whole fetch, redirects and body included. */
  timeoutMs: number;
  /** The body; a larger one is abandoned as it streams in. */
  maxBytes: number;
  maxRedirects: number;
}

/** The limits "Archive now" uses: 30 s, 50 MB (the import's own limit), 5 redirects. */
export const ARCHIVE_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 50 * 1024 * 1024, maxRedirects: 5 };

/** What the server sent, and where it was in the end. */
export interface FetchedPage {
  finalUrl: string;
  status: number;
  /** The Content-Type header as sent, or '' when there was none. */
  contentType: string;
  bytes: Uint8Array;
}

/**
 * Fetches `url` for an evidence snapshot: http and https only (every redirect target checked
 * too), no cookies sent or kept (nothing is stored between requests, and none is sent), no
 * credentials, at most `limits.maxRedirects` redirects followed by hand, the body read up to
 * `limits.maxBytes`, the whole within `limits.timeoutMs`. Only a 2xx answer is a page; anything
 * else throws a UserFacingError ('import-failed') naming the URL and what went wrong ("… was not
 * `done`: …", `done` being what the fetch was for).
 */
export async function fetchForArchive(url: string, limits: FetchLimits = ARCHIVE_LIMITS, done = 'archived'): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const failure = (asked: string, reason: string) => new UserFacingError('import-failed', `${asked} was not ${done}: ${reason}.`);
  let current = checkWebUrl(url, url, failure);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, {
        redirect: 'manual',
        credentials: 'omit',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5', 'user-agent': 'Factmark evidence archiver' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel();
        if (redirects >= limits.maxRedirects) throw failure(url, `it redirected more than ${limits.maxRedirects} times`);
        current = checkWebUrl(url, new URL(location, current).href, failure);
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel();
        throw failure(url, `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const bytes = await readLimited(url, response, limits.maxBytes, failure);
      return { finalUrl: current.href, status: response.status, contentType: response.headers.get('content-type') ?? '', bytes };
    }
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    if (signal.aborted) throw failure(url, `it took longer than ${limits.timeoutMs / 1000} s`);
    throw failure(url, `it could not be fetched (${describe(error)})`);
  }
}

type Failure = (asked: string, reason: string) => UserFacingError;

function checkWebUrl(asked: string, url: string, failure: Failure): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw failure(asked, `"${url}" is not a web address`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw failure(asked, `${parsed.protocol} addresses are not fetched, only http and https`);
  if (parsed.username !== '' || parsed.password !== '') throw failure(asked, 'addresses with a user name or password are not fetched');
  return parsed;
}

async function readLimited(url: string, response: Response, maxBytes: number, failure: Failure): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw failure(url, `it is larger than ${megabytes(maxBytes)}`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw failure(url, `it is larger than ${megabytes(maxBytes)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) return 'code' in cause && typeof cause.code === 'string' ? cause.code : cause.message;
  return String(cause);
}
