import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Creator } from '../../shared/model/annotation';
import { ANA, BO, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from '../../shared/report/fixtures/report-fixture';
import { REVIEW_SCHEMA_VERSION, type ReviewDecision } from '../../shared/review/review-file';
import type { Store } from '../store';
import { reviewPath } from '../store/store-paths';
import { buildExport } from './build-export';
import { openFixtureStore } from './test-support/fixture-store';

const CAT: Creator = { id: 'cat', name: 'Cat Reviewer' };
const DECIDED = '2026-11-26T09:00:00.000Z';

let dir: string;
let store: Store;

/** Writes `reviewer`'s review file on the fixture article, as review mode would. */
async function writeReview(reviewer: Creator, decisions: Omit<ReviewDecision, 'decided'>[]): Promise<void> {
  const path = join(dir, reviewPath(FIXTURE_ARTICLE.id, reviewer.id));
  await mkdir(dirname(path), { recursive: true });
  const file = {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    documentId: FIXTURE_ARTICLE.id,
    reviewer,
    decisions: decisions.map((d) => ({ ...d, decided: DECIDED })),
    replies: [],
  };
  await writeFile(path, JSON.stringify(file));
}

const exportW3c = async (analysts: string[], reviewerId?: string) => {
  const result = await buildExport(
    { documentId: FIXTURE_ARTICLE.id, format: 'w3c', scope: { analysts }, ...(reviewerId ? { reviewerId } : {}) },
    { store, renderPdf: () => Promise.reject(new Error('no PDF here')), now: () => new Date('2026-11-27T10:00:00Z') },
  );
  const collection = JSON.parse(new TextDecoder().decode(result.bytes)) as {
    first: { items: { id: string; creator: { id: string; name: string }; body: { purpose: string; value: string }[] }[] };
  };
  return { items: collection.first.items, notes: result.notes };
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-build-export-'));
  store = await openFixtureStore(dir);
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('buildExport with the adjudicated layer', () => {
  it("holds exactly the colleague annotations the reviewer accepted, under the creator 'adjudicated'", async () => {
    await writeReview(ANA, [
      { analystId: 'bo', annotationId: 'c-capacity', decision: 'accepted' },
      { analystId: 'bo', annotationId: 'd-council', decision: 'accepted' },
      { analystId: 'bo', annotationId: 'c-prices', decision: 'rejected' },
    ]);
    const { items, notes } = await exportW3c(['adjudicated']);
    expect(notes).toEqual([]);
    expect(items.map((i) => i.id)).toEqual(['urn:factmark:annotation:bo%2Fc-capacity', 'urn:factmark:annotation:bo%2Fd-council']);
    expect(items.map((i) => i.creator)).toEqual([
      expect.objectContaining({ id: 'urn:factmark:analyst:adjudicated', name: 'Adjudicated (Ana Analyst)' }),
      expect.objectContaining({ id: 'urn:factmark:analyst:adjudicated', name: 'Adjudicated (Ana Analyst)' }),
    ]);
    expect(items.map((i) => i.body.find((b) => b.purpose === 'tagging')?.value)).toEqual(['claim', 'denial']);
  });

  it('sits beside the analysts chosen with it, and stays out of a whole-document export', async () => {
    await writeReview(ANA, [{ analystId: 'bo', annotationId: 'c-capacity', decision: 'accepted' }]);
    const both = await exportW3c(['ana', 'adjudicated']);
    const creators = both.items.map((i) => i.creator.id.replace('urn:factmark:analyst:', ''));
    expect(creators.filter((c) => c === 'ana')).toHaveLength(FIXTURE_ANNOTATIONS.filter((a) => a.creator.id === 'ana').length);
    expect(both.items.filter((i) => i.creator.id.endsWith(':adjudicated')).map((i) => i.id)).toEqual([
      'urn:factmark:annotation:bo%2Fc-capacity',
    ]);
    expect(creators).not.toContain('bo');
    const whole = await buildExport(
      { documentId: FIXTURE_ARTICLE.id, format: 'csv', scope: {} },
      { store, renderPdf: () => Promise.reject(new Error('unused')), now: () => new Date() },
    );
    expect(new TextDecoder().decode(whole.bytes)).not.toContain('adjudicated');
  });

  it("uses the named reviewer's decisions, and refuses to guess between several reviewers", async () => {
    await writeReview(BO, [{ analystId: 'ana', annotationId: 'c-full', decision: 'accepted' }]);
    await writeReview(CAT, [{ analystId: 'bo', annotationId: 'c-prices', decision: 'accepted' }]);
    expect((await exportW3c(['adjudicated'], 'cat')).items.map((i) => i.id)).toEqual(['urn:factmark:annotation:bo%2Fc-prices']);
    expect((await exportW3c(['adjudicated'], 'bo')).items.map((i) => i.id)).toEqual(['urn:factmark:annotation:ana%2Fc-full']);
    await expect(exportW3c(['adjudicated'])).rejects.toThrow(
      /Several reviewers accepted annotations on this document: Bo <Checker> \(bo\), Cat Reviewer \(cat\)/,
    );
  });

  it('takes the one reviewer who accepted anything, says when nobody has, and names a malformed review file', async () => {
    await writeReview(CAT, [{ analystId: 'bo', annotationId: 'c-prices', decision: 'accepted' }]);
    await writeFile(join(dir, reviewPath(FIXTURE_ARTICLE.id, 'dan')), '{"schemaVersion": 1, "documentId"');
    const one = await exportW3c(['adjudicated']);
    expect(one.items.map((i) => i.creator.name)).toEqual(['Adjudicated (Cat Reviewer)']);
    expect(one.notes).toEqual([expect.stringMatching(/reviews\/dan\.json: .*Its decisions are left out of the adjudicated layer\.$/)]);

    await writeReview(CAT, [{ analystId: 'bo', annotationId: 'c-prices', decision: 'rejected' }]);
    const none = await exportW3c(['adjudicated']);
    expect(none.items).toEqual([]);
    expect(none.notes).toContain('No reviewer has accepted an annotation on this document yet, so the adjudicated layer is empty.');
  });
});
