import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../store/test-support/fixtures';
import { importClaimReviews } from './import-claim-reviews';

const REVIEW = {
  '@type': 'ClaimReview',
  url: 'https://checks.example/spin',
  claimReviewed: 'The port never ran short of fuel',
  reviewRating: { alternateName: 'Spin' },
};

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const stored = async () =>
  JSON.parse(await readFile(join(dir, 'factchecks.json'), 'utf8')) as { factChecks: { group?: string; flagged?: string }[] };
const bytes = new TextEncoder().encode(JSON.stringify(REVIEW));
const at = new Date('2026-12-07T10:00:00Z');

describe('importClaimReviews', () => {
  it('flags a rating the default mapping lacks, keeping the fact-check', async () => {
    const result = await importClaimReviews(dir, bytes, 'review.json', at, () => {});
    expect(result.flagged).toHaveLength(1);
    expect((await stored()).factChecks[0]).toMatchObject({ flagged: expect.stringContaining('"Spin"') as string });
  });

  it('maps ratings by the workspace’s own mapping when its settings have one', async () => {
    const settings = { schemaVersion: 1, analyst: { id: 'ana', name: 'Ana' }, sampleInstalled: true, ratingGroups: { spin: 'mixed' } };
    await writeFile(join(dir, 'settings.json'), JSON.stringify(settings));
    const result = await importClaimReviews(dir, bytes, 'review.json', at, () => {});
    expect(result.flagged).toEqual([]);
    expect((await stored()).factChecks[0]?.group).toBe('mixed');
  });
});
