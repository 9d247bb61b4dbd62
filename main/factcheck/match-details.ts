import type { FactCheck } from '../../shared/factcheck/fact-check';
import { UserFacingError } from '../../shared/ipc/result';
import type { Annotation } from '../../shared/model/annotation';
import type { EvidenceSource, Verdict } from '../../shared/model/claim-record';
import { FREE_TEXT } from '../../shared/verdict';
import { listLayerAnalysts, type Store } from '../store';
import { openFactChecksFile } from './fact-checks-file';

/** What an earlier check holds that the analyst may copy onto a claim. */
export interface MatchDetails {
  verdict: Verdict | null;
  sources: EvidenceSource[];
  /** The claim's article title, or the fact-check's publisher. */
  title: string;
  url: string | null;
}

/** What reading a match's details takes from the store. */
export type DetailsStore = Pick<Store, 'dir' | 'listArticles' | 'getLayer' | 'report'>;

/**
 * The details of the similar-claims entry `key` (`claim:<doc>/<annotation>` or
 * `factcheck:<key>`), read from the store now: for a claim, its verdict and its sources — its
 * record's own, then those of every analyst's evidence and denials linked to it — each once; for
 * a fact-check, its rating as a free-text verdict with its group (null while the rating is
 * unmapped) and its review as a news-report source. Throws a UserFacingError ('not-found') when
 * the claim or fact-check is no longer in the store.
 */
export async function readMatchDetails(store: DetailsStore, key: string, now: Date): Promise<MatchDetails> {
  const claim = /^claim:([^/]+)\/(.+)$/u.exec(key);
  if (claim?.[1] !== undefined && claim[2] !== undefined) return readClaimDetails(store, claim[1], claim[2]);
  if (key.startsWith('factcheck:')) return readFactCheckDetails(store, key.slice('factcheck:'.length), now);
  throw new UserFacingError('invalid-request', `"${key}" names neither a claim nor a fact-check.`);
}

async function readClaimDetails(store: DetailsStore, documentId: string, annotationId: string): Promise<MatchDetails> {
  const article = store.listArticles().find((a) => a.id === documentId);
  if (!article) throw gone('The article of that claim is no longer in the library.');
  const annotations: Annotation[] = [];
  for (const id of (await listLayerAnalysts(store.dir, documentId)).analysts) {
    annotations.push(...(await store.getLayer(documentId, { id, name: id })));
  }
  const claim = annotations.find((a) => a.id === annotationId && a.body.tag === 'claim');
  if (!claim) throw gone('That claim is no longer in its article.');
  const linked = annotations.filter((a) => a.body.links?.some((l) => l.claim === annotationId));
  const sources = uniqueSources([...(claim.body.claim?.sources ?? []), ...linked.flatMap((a) => a.body.sources ?? [])]);
  return { verdict: claim.body.claim?.verdict ?? null, sources, title: article.title, url: article.url ?? null };
}

async function readFactCheckDetails(store: DetailsStore, key: string, now: Date): Promise<MatchDetails> {
  const factChecks = await openFactChecksFile({ storeDir: store.dir, readOnly: true, report: (m) => store.report(m) }).read();
  const factCheck = factChecks.find((f) => f.key === key);
  if (!factCheck) throw gone('That fact-check is no longer in the store.');
  return {
    verdict: verdictOf(factCheck, now),
    sources: factCheck.url === undefined ? [] : [reviewSource(factCheck, factCheck.url)],
    title: factCheck.publisher ?? 'Published fact-check',
    url: factCheck.url ?? null,
  };
}

function verdictOf(factCheck: FactCheck, now: Date): Verdict | null {
  if (factCheck.rating === undefined || factCheck.group === undefined) return null;
  return {
    scale: FREE_TEXT.id,
    label: factCheck.rating.slice(0, 200),
    group: factCheck.group,
    justification: '',
    decided: now.toISOString(),
  };
}

function reviewSource(factCheck: FactCheck, url: string): EvidenceSource {
  const rating = factCheck.rating === undefined ? '' : `${factCheck.rating}: `;
  return {
    url,
    title: `Fact-check: ${factCheck.claim}`.slice(0, 1_000),
    publisher: factCheck.publisher ?? '',
    excerpt: `${rating}${factCheck.claim}`.slice(0, 10_000),
    kind: 'news-report',
    anonymous: false,
  };
}

/** Each source once, by its address (else its title and publisher); the first seen is kept. */
function uniqueSources(sources: readonly EvidenceSource[]): EvidenceSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = s.url.trim() !== '' ? s.url.trim() : `${s.title}|${s.publisher}`;
    return !seen.has(key) && seen.add(key);
  });
}

function gone(message: string): UserFacingError {
  return new UserFacingError('not-found', message);
}
