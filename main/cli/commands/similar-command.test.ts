import { createHash } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../../shared/anchoring';
import type { Annotation, Creator } from '../../../shared/model/annotation';
import type { ClaimRecord } from '../../../shared/model/claim-record';
import type { Article } from '../../../shared/model/article';
import { toPlainText } from '../../../shared/text/plain-text';
import { openStore } from '../../store';
import { makeTempDir } from '../../store/test-support/fixtures';
import { runCli } from '../run-cli';

const SOURCE = new TextEncoder().encode('source bytes');
const ARTICLE: Article = {
  schemaVersion: 1,
  id: 'jobs',
  metadata: { title: 'Jobs in Ohio', url: 'https://news.example/ohio-jobs' },
  blocks: [
    { type: 'title', text: 'Jobs in Ohio' },
    {
      type: 'paragraph',
      text: 'Unemployment in Ohio rose to 15 per cent last year, the senator said. The bridge cost 40 million dollars.',
    },
  ],
  source: {
    fileName: 'jobs.txt',
    mediaType: 'text/plain',
    sha256: createHash('sha256').update(SOURCE).digest('hex'),
    byteLength: SOURCE.byteLength,
    importedAt: '2026-01-01T10:00:00.000Z',
  },
  cleaning: { dropped: [], restored: [] },
};
const TEXT = toPlainText(ARTICLE.blocks);
const ALICE: Creator = { id: 'alice', name: 'Alice' };
const BOB: Creator = { id: 'bob', name: 'Bob' };

function claim(analyst: Creator, id: string, quote: string, record?: ClaimRecord): Annotation {
  const start = TEXT.indexOf(quote);
  return {
    schemaVersion: 1,
    id,
    documentId: ARTICLE.id,
    creator: analyst,
    created: '2026-01-01T10:00:00.000Z',
    modified: '2026-01-02T10:00:00.000Z',
    body: record === undefined ? { tag: 'claim', note: '' } : { tag: 'claim', note: '', claim: record },
    target: { source: ARTICLE.id, selector: describeSpan(TEXT, start, start + quote.length) },
  };
}

const REVIEWS = [
  {
    '@type': 'ClaimReview',
    url: 'https://checker.example/bridge',
    claimReviewed: 'The new bridge cost forty million dollars.',
    datePublished: '2026-02-01',
    author: { name: 'Checker Desk' },
    reviewRating: { alternateName: 'Mostly true' },
  },
];

let dir: string;
let cacheHome: string;
const callersCache = process.env['XDG_CACHE_HOME'];
beforeAll(async () => {
  dir = await makeTempDir();
  // The saved index goes to the user's cache folder: a temporary one here.
  cacheHome = await makeTempDir();
  process.env['XDG_CACHE_HOME'] = cacheHome;
  const store = await openStore({ dir, defaultAnalyst: ALICE });
  await store.addArticle(ARTICLE, SOURCE);
  const verdict = { scale: 'truth-o-meter', label: 'False', justification: 'BLS data', decided: '2026-01-03T09:00:00.000Z' };
  await store.applyToLayer(ARTICLE.id, ALICE, {
    upsert: [
      claim(ALICE, 'a1', 'Unemployment in Ohio rose to 15 per cent last year, the senator said.', {
        statement: 'Ohio unemployment rose to 15% last year',
        status: 'approved',
        verdict,
        claimant: { name: 'Senator Jane Ruiz', kind: 'person', role: 'senator' },
      }),
    ],
    remove: [],
  });
  await store.applyToLayer(ARTICLE.id, BOB, { upsert: [claim(BOB, 'b1', 'The bridge cost 40 million dollars.')], remove: [] });
  await store.close();
  await writeFile(join(dir, 'reviews.json'), JSON.stringify(REVIEWS));
});
afterAll(async () => {
  if (callersCache === undefined) delete process.env['XDG_CACHE_HOME'];
  else process.env['XDG_CACHE_HOME'] = callersCache;
  await rm(dir, { recursive: true, force: true });
  await rm(cacheHome, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface Printed {
  matches: Record<string, unknown>[];
}

describe('factmark similar', () => {
  it("finds an analyst's claim record reworded, with every field of the contract", async () => {
    const { code, out } = await run(
      'similar',
      'Ruiz says fifteen percent of Ohio workers were unemployed after unemployment rose last year',
      '--store',
      dir,
    );
    expect(code).toBe(0);
    const printed = JSON.parse(out) as Printed;
    expect(Object.keys(printed)).toEqual(['matches']);
    expect(printed.matches).toHaveLength(1);
    const [match] = printed.matches;
    expect(Object.keys(match!)).toEqual(['kind', 'doc_id', 'annotation_id', 'url', 'text', 'verdict', 'group', 'date', 'score', 'reasons']);
    expect(match).toMatchObject({
      kind: 'claim',
      doc_id: 'jobs',
      annotation_id: 'a1',
      url: 'https://news.example/ohio-jobs',
      text: 'Ohio unemployment rose to 15% last year',
      verdict: 'False',
      group: 'false',
      date: '2026-01-03T09:00:00.000Z',
    });
    expect(match!.reasons).toEqual(expect.arrayContaining(['same numbers: 15%', 'same claimant: Senator Jane Ruiz']));
  });

  it("finds a colleague's claim-tagged sentence and an imported fact-check, best first, nulls where fields do not apply", async () => {
    expect((await run('claimreview', 'import', join(dir, 'reviews.json'), '--store', dir)).code).toBe(0);
    const { out } = await run('similar', 'The bridge cost $40 million', '--store', dir);
    const { matches } = JSON.parse(out) as Printed;
    expect(matches.map((m) => m.kind)).toEqual(['claim', 'factcheck']);
    expect(matches[0]).toMatchObject({ annotation_id: 'b1', verdict: null, group: null, text: 'The bridge cost 40 million dollars.' });
    expect(matches[1]).toMatchObject({
      doc_id: null,
      annotation_id: null,
      url: 'https://checker.example/bridge',
      verdict: 'Mostly true',
      group: 'true',
      date: '2026-02-01',
    });
    expect((matches[0]!.score as number) >= (matches[1]!.score as number)).toBe(true);
    expect(JSON.parse((await run('similar', 'The bridge cost $40 million', '--limit', '1', '--store', dir)).out)).toMatchObject({
      matches: [{ annotation_id: 'b1' }],
    });
  });

  it('prints no matches for an unrelated claim, and refuses a limit that is not a positive number', async () => {
    expect(JSON.parse((await run('similar', 'Vaccines contain microchips', '--store', dir)).out)).toEqual({ matches: [] });
    const bad = await run('similar', 'bridge', '--limit', '0', '--store', dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--limit "0"');
  });
});
