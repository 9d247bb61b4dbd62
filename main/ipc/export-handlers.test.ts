import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANA, FIXTURE_ARTICLE } from '../../shared/report/fixtures/report-fixture';
import type { Store } from '../store';
import { openFixtureStore } from '../export/test-support/fixture-store';
import { createExportHandlers } from './export-handlers';

let dir: string;
let store: Store;
const printed: string[] = [];
const handlers = () =>
  createExportHandlers({
    store,
    now: () => new Date('2026-11-27T10:00:00Z'),
    analyst: () => ANA,
    renderPdf: async (html) => {
      printed.push(html);
      return new TextEncoder().encode('%PDF-fake');
    },
  });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-export-ipc-'));
  store = await openFixtureStore(dir);
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('document:export', () => {
  it("returns the report of every analyst's layer as bytes with a file name from the title", async () => {
    const result = await handlers()['document:export']({ documentId: FIXTURE_ARTICLE.id, format: 'csv', scope: { tags: ['claim'] } });
    expect(result).toMatchObject({ fileName: 'harbour-fuel-tanks-were-full-port-director-says.csv', mediaType: 'text/csv', notes: [] });
    const csv = Buffer.from(result.dataBase64, 'base64').toString('utf8');
    expect([...csv.matchAll(/says",([^,]+),\d+,/g)].map((m) => m[1])).toEqual(['c-full', 'c-capacity', 'c-prices', 'c-formula']);
  });

  it('prints the PDF from the HTML report with the shell’s printer', async () => {
    const result = await handlers()['document:export']({ documentId: FIXTURE_ARTICLE.id, format: 'pdf', scope: {} });
    expect(Buffer.from(result.dataBase64, 'base64').toString()).toBe('%PDF-fake');
    expect(printed.at(-1)).toContain('<h2>Claims</h2>');
  });

  it('asks for the organisation before writing ClaimReview', async () => {
    await expect(handlers()['document:export']({ documentId: FIXTURE_ARTICLE.id, format: 'claimreview', scope: {} })).rejects.toThrow(
      'set it in the settings',
    );
  });
});
