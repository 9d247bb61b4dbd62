import type { Annotation, Creator, Tag } from '../../shared/model/annotation';
import { TRUTH_O_METER } from '../../shared/verdict';

// Each run of five annotations: two claims, a denial of the first, evidence for each claim.
const PATTERN: readonly Tag[] = ['claim', 'claim', 'denial', 'evidence', 'evidence'];
const DECIDED = '2026-01-02T09:00:00.000Z';

/**
 * The annotations reworked into what a finished fact-check exports: runs of five (two claims, a
 * denial refuting the first, evidence bearing on each) alternating between the analysts' layers.
 * Claims carry a claim record (statement, claimant, attribution, status) and every other run's
 * first claim a Truth-O-Meter verdict, so ClaimReview has reviews to write; evidence cites a source.
 */
export function addClaimRecords(annotations: readonly Annotation[], analysts: readonly Creator[]): Annotation[] {
  return annotations.map((annotation, i) => {
    const run = Math.floor(i / PATTERN.length);
    const first = annotations[run * PATTERN.length]!;
    const second = annotations[run * PATTERN.length + 1] ?? first;
    const tag = PATTERN[i % PATTERN.length]!;
    const creator = analysts[run % analysts.length]!;
    const note = i % 3 === 0 ? `Checked against the harbour log, entry ${i}.` : '';
    const body: Annotation['body'] = { tag, note };
    if (tag === 'claim') {
      const label = TRUTH_O_METER.ratings[i % TRUTH_O_METER.ratings.length]!.label;
      body.claim = {
        statement: `Statement ${i}: ${annotation.target.selector.quote.exact.slice(0, 60)}`,
        claimant: { name: `Claimant ${run % 40}`, kind: run % 2 === 0 ? 'person' : 'organisation', role: 'Spokesperson' },
        attribution: 'direct-quote',
        status: run % 2 === 0 ? 'approved' : 'in-progress',
      };
      if (run % 2 === 0 && annotation === first)
        body.claim.verdict = { scale: TRUTH_O_METER.id, label, justification: `Records for run ${run} say otherwise.`, decided: DECIDED };
    } else if (tag === 'denial') {
      body.links = [{ claim: first.id, stance: 'refutes' }];
    } else {
      body.links = [{ claim: (i % PATTERN.length === 3 ? first : second).id, stance: i % 2 === 0 ? 'supports' : 'context' }];
      body.sources = [
        {
          url: `https://records.example/harbour/${i}`,
          title: `Harbour record ${i}`,
          publisher: 'Port Authority',
          excerpt: '',
          kind: 'primary-document',
          anonymous: false,
        },
      ];
    }
    return { ...annotation, creator, body };
  });
}
