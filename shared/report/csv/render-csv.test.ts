import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../model/annotation';
import { PRESET_SCALES } from '../../verdict';
import { buildReport } from '../build-report';
import { EXPORTED_AT, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from '../fixtures/report-fixture';
import { renderCsv } from './render-csv';

const SHA = '0123456789abcdef'.repeat(4);

function csvWith(annotations: readonly Annotation[]): string {
  return renderCsv(
    buildReport({ article: FIXTURE_ARTICLE, annotations: [...annotations], scope: {}, scales: PRESET_SCALES, exportedAt: EXPORTED_AT }),
  );
}

function withSnapshot(how: 'fetched' | 'attached'): Annotation[] {
  return FIXTURE_ANNOTATIONS.map((a) =>
    a.id === 'e-records'
      ? {
          ...a,
          body: {
            ...a.body,
            sources: (a.body.sources ?? []).map((s) => ({
              ...s,
              snapshot: {
                how,
                record: 'archive/20261207T140300Z-0123456789abcdef.json',
                sha256: SHA,
                retrieved: '2026-12-07T14:03:00.000Z',
                finalUrl: how === 'fetched' ? 'https://harbour.example/manifest.pdf' : 'manifest.pdf',
                ...(how === 'fetched' ? { status: 200 } : {}),
                title: 'Delivery manifest',
              },
            })),
          },
        }
      : a,
  );
}

describe('renderCsv', () => {
  it('cites a source’s snapshot in its sources cell: date, status, SHA-256 and where it was fetched from', () => {
    expect(csvWith(withSnapshot('fetched'))).toContain(
      `(archived 2026-12-07 14:03 UTC, HTTP 200, sha256 ${SHA}, from https://harbour.example/manifest.pdf)`,
    );
  });

  it('cites a saved copy the analyst attached as such', () => {
    expect(csvWith(withSnapshot('attached'))).toContain(`(saved copy manifest.pdf attached 2026-12-07 14:03 UTC, sha256 ${SHA})`);
  });

  it('cites nothing for a source without a snapshot', () => {
    expect(csvWith(FIXTURE_ANNOTATIONS)).not.toContain('sha256');
  });
});
