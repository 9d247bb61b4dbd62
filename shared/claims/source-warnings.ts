import type { Annotation } from '../model/annotation';
import type { EvidenceSource, Stance } from '../model/claim-record';
import { linksTo } from './link-integrity';

/** Independent sources a verdict should rest on, at least. */
export const MIN_INDEPENDENT_SOURCES = 2;

/** Why a claim's verdict rests on thin sourcing. */
export type SourceWarning = { kind: 'too-few-independent'; independent: number } | { kind: 'only-anonymous'; anonymous: number };

/**
 * The host of a URL without `www.`, lower-cased; null when the string is no absolute URL.
 * Parsed by hand: `shared/` runs where no URL global is typed.
 */
export function hostOf(url: string): string | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url.trim());
  return match?.[1] ? match[1].toLowerCase().replace(/^www\./, '') : null;
}

function publisherKey(publisher: string): string | null {
  const key = publisher
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key === '' ? null : key;
}

/**
 * How many independent origins `sources` come from. Two named sources are one origin when they
 * share a publisher (compared case- and punctuation-blind) or a URL host: the ministry's press
 * release and its website are one voice. A source with neither publisher nor URL counts on its
 * own. Anonymous sources are not counted: they cannot be told apart.
 */
export function countIndependentSources(sources: readonly EvidenceSource[]): number {
  const named = sources.filter((s) => !s.anonymous);
  const parent = named.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const owner = new Map<string, number>();
  named.forEach((source, i) => {
    const publisher = publisherKey(source.publisher);
    const host = hostOf(source.url);
    for (const key of [publisher && `publisher:${publisher}`, host && `host:${host}`]) {
      if (!key) continue;
      const seen = owner.get(key);
      if (seen === undefined) owner.set(key, i);
      else parent[root(i)] = root(seen);
    }
  });
  return new Set(named.map((_, i) => root(i))).size;
}

/** An annotation linking to a claim, with its link's stance (as `linksTo` returns them). */
export interface LinkedAnnotation {
  annotation: Annotation;
  stance: Stance;
}

/** The sources cited by the evidence that supports or refutes a claim (context does not count). */
export function sourcesBehind(linked: readonly LinkedAnnotation[]): EvidenceSource[] {
  return linked
    .filter(({ annotation, stance }) => annotation.body.tag === 'evidence' && stance !== 'context')
    .flatMap(({ annotation }) => annotation.body.sources ?? []);
}

/**
 * Warnings about the sourcing of a claim's verdict, given what links to it: fewer than two
 * independent sources behind its supporting and refuting evidence, or only anonymous ones.
 * Empty when it is well sourced. Callers show them next to a verdict; a claim without a verdict
 * needs no warning yet.
 */
export function warnAboutSources(linked: readonly LinkedAnnotation[]): SourceWarning[] {
  const sources = sourcesBehind(linked);
  const warnings: SourceWarning[] = [];
  const anonymous = sources.filter((s) => s.anonymous).length;
  if (sources.length > 0 && anonymous === sources.length) warnings.push({ kind: 'only-anonymous', anonymous });
  const independent = countIndependentSources(sources);
  if (independent < MIN_INDEPENDENT_SOURCES) warnings.push({ kind: 'too-few-independent', independent });
  return warnings;
}

/** `warnAboutSources` for claim `claimId` among one article's annotations. */
export function sourceWarnings(annotations: readonly Annotation[], claimId: string): SourceWarning[] {
  return warnAboutSources(linksTo(annotations, claimId));
}

/** One line for the analyst about a sourcing warning. */
export function describeSourceWarning(warning: SourceWarning): string {
  switch (warning.kind) {
    case 'too-few-independent':
      return warning.independent === 0
        ? 'The verdict rests on no named source: link evidence that cites at least two independent sources.'
        : `The verdict rests on ${warning.independent} independent source; at least ${MIN_INDEPENDENT_SOURCES} are advised.`;
    case 'only-anonymous':
      return `Every source behind the verdict is anonymous (${warning.anonymous}).`;
  }
}
