import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../shared/anchoring';
import type { AppCommand } from '../../shared/ipc/channels';
import type { Annotation, Creator } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import { toPlainText } from '../../shared/text/plain-text';
import { openStore, type Store } from '../store';
import { makeTempDir } from '../store/test-support/fixtures';
import { importClaimReviews } from './import-claim-reviews';
import { createSimilarHandlers } from './similar-handlers';

const SOURCE = new TextEncoder().encode('source bytes');
const ARTICLE: Article = {
  schemaVersion: 1,
  id: 'budget',
  metadata: { title: 'Council budget' },
  blocks: [
    { type: 'paragraph', text: 'The council spent 2 million euros on the new stadium lights. Rents in the city rose by 8 per cent.' },
  ],
  source: {
    fileName: 'budget.txt',
    mediaType: 'text/plain',
    sha256: createHash('sha256').update(SOURCE).digest('hex'),
    byteLength: SOURCE.byteLength,
    importedAt: '2026-01-01T10:00:00.000Z',
  },
  cleaning: { dropped: [], restored: [] },
};
const TEXT = toPlainText(ARTICLE.blocks);
const ALICE: Creator = { id: 'alice', name: 'Alice' };

function claim(id: string, quote: string, statement = ''): Annotation {
  const start = TEXT.indexOf(quote);
  return {
    schemaVersion: 1,
    id,
    documentId: ARTICLE.id,
    creator: ALICE,
    created: '2026-01-01T10:00:00.000Z',
    modified: '2026-01-01T10:00:00.000Z',
    body: { tag: 'claim', note: '', claim: { statement, status: 'unstarted' } },
    target: { source: ARTICLE.id, selector: describeSpan(TEXT, start, start + quote.length) },
  };
}

let dir: string;
let store: Store;
let handlers: ReturnType<typeof createSimilarHandlers>;
let find: ReturnType<typeof createSimilarHandlers>['similar:find'];
const commandListeners: ((command: AppCommand) => void)[] = [];

beforeAll(async () => {
  dir = await makeTempDir();
  store = await openStore({ dir, defaultAnalyst: ALICE });
  await store.addArticle(ARTICLE, SOURCE);
  await store.applyToLayer(ARTICLE.id, ALICE, {
    upsert: [claim('c1', 'The council spent 2 million euros on the new stadium lights.')],
    remove: [],
  });
  handlers = createSimilarHandlers(
    { ...store, onCommand: (listener) => (commandListeners.push(listener), () => {}) },
    { now: () => new Date('2026-12-07T12:00:00Z') },
  );
  find = handlers['similar:find'];
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('similar:find', () => {
  it('finds a claim tagged in the library, and leaves out the claim asked about', async () => {
    const { matches } = await find({ text: 'Two million euros went on new stadium lights' });
    expect(matches).toMatchObject([{ kind: 'claim', docId: 'budget', annotationId: 'c1', claimant: null, verdict: null }]);
    expect(
      (await find({ text: 'Two million euros went on new stadium lights', exclude: [{ docId: 'budget', annotationId: 'c1' }] })).matches,
    ).toEqual([]);
  });

  it('follows the store: a claim tagged or reworded after the first lookup is found by its new words', async () => {
    await store.applyToLayer(ARTICLE.id, ALICE, {
      upsert: [
        claim('c1', 'The council spent 2 million euros on the new stadium lights.', 'The council paid 2m euros for floodlights'),
        claim('c2', 'Rents in the city rose by 8 per cent.'),
      ],
      remove: [],
    });
    expect((await find({ text: 'City rents went up eight percent' })).matches.map((m) => m.annotationId)).toEqual(['c2']);
    expect((await find({ text: 'The council paid two million euros for floodlights' })).matches.map((m) => m.text)).toEqual([
      'The council paid 2m euros for floodlights',
    ]);
  });

  it('finds fact-checks imported after the first lookup', async () => {
    const review = {
      '@type': 'ClaimReview',
      url: 'https://c.example/rents',
      claimReviewed: 'Rents in the city rose by 8 per cent this year',
      reviewRating: { alternateName: 'Mostly true' },
    };
    await importClaimReviews(
      dir,
      new TextEncoder().encode(JSON.stringify(review)),
      'review.json',
      new Date('2026-12-07T10:00:00Z'),
      () => {},
    );
    expect(JSON.parse(await readFile(`${dir}/factchecks.json`, 'utf8'))).toMatchObject({
      factChecks: [{ url: 'https://c.example/rents' }],
    });
    const { matches } = await find({ text: 'City rents rose 8% this year' });
    expect(matches.map((m) => [m.kind, m.group])).toEqual([
      ['factcheck', 'true'],
      ['claim', null],
    ]);
  });
});

describe('similar:find answers', () => {
  it('say where each match was found and whose it is', async () => {
    const { matches } = await find({ text: 'City rents rose 8% this year' });
    expect(matches.find((m) => m.kind === 'claim')).toMatchObject({ key: 'claim:budget/c2', source: 'Council budget', analyst: 'Alice' });
    expect(matches.find((m) => m.kind === 'factcheck')).toMatchObject({ key: 'factcheck:https://c.example/rents', analyst: null });
  });
});

describe('similar:details', () => {
  it('gives a claim’s verdict and the sources of the evidence linked to it, each once', async () => {
    const verdict = { scale: 'five-point', label: 'False', justification: 'Invoices', decided: '2026-02-01T00:00:00.000Z' };
    const source = {
      url: 'https://stats.example/rents',
      title: 'Rents',
      publisher: 'Stats',
      excerpt: '',
      kind: 'dataset' as const,
      anonymous: false,
    };
    const evidence = claim('e1', 'Rents in the city rose by 8 per cent.');
    await store.applyToLayer(ARTICLE.id, ALICE, {
      upsert: [
        {
          ...claim('c2', 'Rents in the city rose by 8 per cent.'),
          body: { tag: 'claim', note: '', claim: { statement: '', status: 'approved', verdict } },
        },
        { ...evidence, body: { tag: 'evidence', note: '', links: [{ claim: 'c2', stance: 'refutes' }], sources: [source, source] } },
      ],
      remove: [],
    });
    expect(await handlers['similar:details']({ key: 'claim:budget/c2' })).toEqual({
      verdict,
      sources: [source],
      title: 'Council budget',
      url: null,
    });
  });

  it('gives a fact-check’s rating as a free-text verdict in its group, and its review as a source', async () => {
    const details = await handlers['similar:details']({ key: 'factcheck:https://c.example/rents' });
    expect(details.verdict).toMatchObject({ scale: 'free-text', label: 'Mostly true', group: 'true' });
    expect(details.sources).toMatchObject([{ url: 'https://c.example/rents', kind: 'news-report' }]);
  });

  it('says so when the claim is gone', async () => {
    await expect(handlers['similar:details']({ key: 'claim:budget/nothing' })).rejects.toThrow(/no longer in its article/u);
  });
});

describe('the rating mapping', () => {
  it('lists the stored ratings with their groups, and re-maps stored fact-checks when the mapping is saved', async () => {
    const before = await handlers['factchecks:ratings']({});
    expect(before.ratings).toEqual([{ rating: 'Mostly true', count: 1, group: 'true' }]);
    expect(before.table).toEqual(before.defaults);
    const saved = await handlers['factchecks:remap']({ table: { ...before.table, 'mostly true': 'mixed' } });
    expect(saved).toEqual({ changed: 1, unmapped: 0 });
    expect(store.getSettings().ratingGroups?.['mostly true']).toBe('mixed');
    const { matches } = await find({ text: 'City rents rose 8% this year' });
    expect(matches.find((m) => m.kind === 'factcheck')?.group).toBe('mixed');
    const unmapped = await handlers['factchecks:remap']({ table: { true: 'true' } });
    expect(unmapped).toEqual({ changed: 1, unmapped: 1 });
    expect((await handlers['factchecks:ratings']({})).ratings[0]?.group).toBeNull();
  });
});

describe('similar:find asked twice at once', () => {
  it('answers both from the whole index, fact-checks included', async () => {
    const fresh = createSimilarHandlers({ ...store, onCommand: () => () => {} })['similar:find'];
    const [first, second] = await Promise.all([
      fresh({ text: 'The council paid two million euros for floodlights' }),
      fresh({ text: 'City rents rose 8% this year' }),
    ]);
    expect(first.matches.length).toBeGreaterThan(0);
    expect(second.matches.some((m) => m.kind === 'factcheck')).toBe(true);
  });
});
