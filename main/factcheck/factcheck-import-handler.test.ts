import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../shared/model/settings';
import { makeTempDir } from '../store/test-support/fixtures';
import { createFactCheckImportHandler } from './factcheck-import-handler';

const REVIEWS = [
  {
    '@type': 'ClaimReview',
    url: 'https://checks.example/a',
    claimReviewed: 'Bread costs 15% more',
    reviewRating: { alternateName: 'Spin' },
  },
  { '@type': 'ClaimReview', url: 'https://checks.example/b', reviewRating: { alternateName: 'False' } },
];
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function handlerWith(ratingGroups?: Settings['ratingGroups']) {
  const store = {
    dir,
    getSettings: () => ({ ratingGroups }) as Settings,
    report: vi.fn(),
    reportWrite: vi.fn(),
  };
  return { store, handler: createFactCheckImportHandler(store, () => new Date('2026-12-07T10:00:00Z'))['factchecks:import'] };
}

describe('factchecks:import', () => {
  it('says what was imported, skipped and flagged, and announces the fact-checks file', async () => {
    const { store, handler } = handlerWith();
    const result = await handler({ fileName: 'reviews.json', dataBase64: encode(REVIEWS) });
    expect(result).toMatchObject({ imported: 1, updated: 0 });
    expect(result.skipped).toEqual([expect.objectContaining({ reason: expect.stringMatching(/claim/i) as string })]);
    expect(result.flagged).toEqual([expect.objectContaining({ reason: expect.stringContaining('"Spin"') as string })]);
    expect(store.reportWrite).toHaveBeenCalledWith('factchecks.json');
  });

  it('updates a review imported before and maps ratings by the workspace’s table as the app holds it', async () => {
    const { handler } = handlerWith({ spin: 'mixed' });
    await handler({ fileName: 'reviews.json', dataBase64: encode(REVIEWS[0]) });
    const again = await handler({ fileName: 'reviews.json', dataBase64: encode(REVIEWS[0]) });
    expect(again).toMatchObject({ imported: 0, updated: 1, flagged: [] });
  });

  it('refuses a file that is neither JSON nor a web page', async () => {
    const { store, handler } = handlerWith();
    await expect(handler({ fileName: 'reviews.json', dataBase64: Buffer.from([0, 1, 2, 255]).toString('base64') })).rejects.toThrow();
    expect(store.reportWrite).not.toHaveBeenCalled();
  });
});
