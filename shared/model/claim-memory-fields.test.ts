import { describe, expect, it } from 'vitest';
import { annotationSchema } from './annotation';
import type { ClaimReference } from './claim-record';

const fromFactCheck: ClaimReference = {
  kind: 'factcheck',
  factCheck: 'https://checks.example/bees',
  text: 'Bees are extinct in the province',
  title: 'Example Checks',
  url: 'https://checks.example/bees',
  at: '2026-12-07T10:00:00.000Z',
};

function claimWith(body: Record<string, unknown>): unknown {
  return {
    schemaVersion: 1,
    id: 'a1',
    documentId: 'd1',
    creator: { id: 'ana', name: 'Ana' },
    created: '2026-12-07T09:00:00.000Z',
    modified: '2026-12-07T09:00:00.000Z',
    body: { tag: 'claim', note: '', ...body },
    target: {
      source: 'd1',
      selector: {
        quote: { type: 'TextQuoteSelector', exact: 'Bees are gone.', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 14 },
      },
    },
  };
}

describe('claim memory in the annotation schema', () => {
  it('keeps a same-claim link to another article’s claim and to a fact-check', () => {
    const sameClaims: ClaimReference[] = [
      { kind: 'claim', documentId: 'd2', annotationId: 'a9', text: 'The bees have gone', title: 'Hive report', at: fromFactCheck.at },
      fromFactCheck,
    ];
    const parsed = annotationSchema.parse(claimWith({ sameClaims }));
    expect(parsed.body.sameClaims).toEqual(sameClaims);
  });

  it('records where a copied verdict and copied sources came from', () => {
    const claim = {
      statement: 'Bees are extinct in the province',
      status: 'in-progress',
      verdict: { scale: 'five-point', label: 'False', justification: '', decided: fromFactCheck.at, copiedFrom: fromFactCheck },
      sources: [
        {
          url: 'https://checks.example/bees',
          title: 'Are bees extinct?',
          publisher: 'Example Checks',
          excerpt: '',
          kind: 'news-report',
          anonymous: false,
          copiedFrom: fromFactCheck,
        },
      ],
    };
    const parsed = annotationSchema.parse(claimWith({ claim }));
    expect(parsed.body.claim?.verdict?.copiedFrom?.title).toBe('Example Checks');
    expect(parsed.body.claim?.sources?.[0]?.copiedFrom?.kind).toBe('factcheck');
  });

  it('keeps a source’s snapshot: its record, hash and retrieval time', () => {
    const snapshot = {
      how: 'fetched',
      record: 'archive/20261207T140300Z-0123456789abcdef.json',
      sha256: '0123456789abcdef'.repeat(4),
      retrieved: '2026-12-07T14:03:00.000Z',
      finalUrl: 'https://stats.example/report',
      status: 200,
      title: 'Report',
    };
    const source = {
      url: 'https://stats.example/report',
      title: '',
      publisher: '',
      excerpt: '',
      kind: 'dataset',
      anonymous: false,
      snapshot,
    };
    expect(annotationSchema.parse(claimWith({ tag: 'evidence', sources: [source] })).body.sources?.[0]?.snapshot).toEqual(snapshot);
  });

  it('refuses a reference of an unknown kind and a snapshot whose hash is not a SHA-256', () => {
    expect(annotationSchema.safeParse(claimWith({ sameClaims: [{ ...fromFactCheck, kind: 'rumour' as 'claim' }] })).success).toBe(false);
    const source = {
      url: '',
      title: '',
      publisher: '',
      excerpt: '',
      kind: 'dataset',
      anonymous: false,
      snapshot: { how: 'attached', record: 'archive/x.json', sha256: 'abc', retrieved: fromFactCheck.at, finalUrl: 'page.html', title: '' },
    };
    expect(annotationSchema.safeParse(claimWith({ tag: 'evidence', sources: [source] })).success).toBe(false);
  });
});
