import { createHash } from 'node:crypto';
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../../shared/anchoring';
import type { Annotation, Creator, Tag } from '../../../shared/model/annotation';
import type { Article } from '../../../shared/model/article';
import { toPlainText } from '../../../shared/text/plain-text';
import { openStore } from '../../store';
import { layerPath } from '../../store/store-paths';
import { makeTempDir } from '../../store/test-support/fixtures';
import { runCli } from '../run-cli';

const SOURCE = new TextEncoder().encode('source bytes');
const ARTICLE: Article = {
  schemaVersion: 1,
  id: 'harbour',
  metadata: { title: 'Port says tanks were full', byline: 'By Mira Okafor' },
  blocks: [
    { type: 'title', text: 'Port says tanks were full' },
    { type: 'paragraph', text: 'The port said its tanks were full. Invoices show one delivery of 180,000 litres.' },
    { type: 'heading', text: 'What the records show' },
    { type: 'paragraph', text: 'The tanks hold 650,000 litres. The port denied the records were complete. The mayor asked for a review.' },
  ],
  source: {
    fileName: 'harbour.txt',
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

function annotate(analyst: Creator, tags: [string, Tag][]): Annotation[] {
  return tags.map(([quote, tag], n) => {
    const start = TEXT.indexOf(quote);
    return {
      schemaVersion: 1,
      id: `${analyst.id}-${n}`,
      documentId: ARTICLE.id,
      creator: analyst,
      created: '2026-01-01T10:00:00.000Z',
      modified: '2026-01-01T10:00:00.000Z',
      body: { tag, note: '' },
      target: { source: ARTICLE.id, selector: describeSpan(TEXT, start, start + quote.length) },
    };
  });
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
  const store = await openStore({ dir, defaultAnalyst: ALICE });
  await store.addArticle(ARTICLE, SOURCE);
  const upsert = (analyst: Creator, tags: [string, Tag][]) =>
    store.applyToLayer(ARTICLE.id, analyst, { upsert: annotate(analyst, tags), remove: [] });
  await upsert(ALICE, [
    ['The port said its tanks were full.', 'claim'],
    ['Invoices show one delivery of 180,000 litres.', 'claim'],
    ['The tanks hold 650,000 litres.', 'evidence'],
    ['Port says tanks were full', 'claim'],
  ]);
  await upsert(BOB, [
    ['The port said its tanks were full.', 'claim'],
    ['The tanks hold 650,000 litres.', 'evidence'],
    ['The port denied the records were complete.', 'denial'],
  ]);
  await store.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('factmark agreement', () => {
  it('prints units, analysts, pairs, Fleiss, Krippendorff and per-tag figures as JSON', async () => {
    const { code, out, err } = await run('agreement', 'harbour', '--store', dir);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out) as Record<string, unknown>;
    // Five body sentences; the headline alice tagged and the heading do not count.
    expect(result).toMatchObject({ units: 5, analysts: ['alice', 'bob'] });
    const [pair] = result.pairs as Record<string, unknown>[];
    expect(Object.keys(pair ?? {})).toEqual(expect.arrayContaining(['analysts', 'kappa', 'kappa_tagged', 'observed', 'expected']));
    expect(pair).toMatchObject({
      analysts: ['alice', 'bob'],
      observed: 0.6,
      units: 5,
      tagged: { observed: 0.5, expected: 0.25, units: 4 },
    });
    expect(pair?.kappa).toBeCloseTo(0.32 / 0.72, 12);
    expect(pair?.kappa_tagged).toBeCloseTo(1 / 3, 12);
    // Two analysts: Fleiss' κ is Scott's π; pooled labels claim 3, evidence 2, denial 1, none 4 of 10.
    const pe = 0.3 ** 2 + 0.2 ** 2 + 0.1 ** 2 + 0.4 ** 2;
    expect(result.fleiss_kappa as number).toBeCloseTo((0.6 - pe) / (1 - pe), 12);
    expect(typeof result.krippendorff_alpha).toBe('number');
    const perTag = result.per_tag as Record<string, Record<string, unknown>>;
    expect(Object.keys(perTag)).toEqual(['claim', 'denial', 'evidence']);
    expect((perTag.evidence?.pairs as { kappa: number }[])[0]?.kappa).toBe(1);
    expect(perTag.claim).toHaveProperty('fleiss_kappa');
    expect(perTag.claim).toHaveProperty('krippendorff_alpha');
    expect(result.unplaced).toEqual({ alice: 0, bob: 0 });
    expect((result.sentences as { text: string; labels: Record<string, string> }[])[3]).toMatchObject({
      text: 'The port denied the records were complete.',
      labels: { alice: 'none', bob: 'denial' },
    });
  });

  it('gives null figures with their reasons when only one analyst has tagged', async () => {
    const solo = await makeTempDir();
    const store = await openStore({ dir: solo, defaultAnalyst: ALICE });
    await store.addArticle(ARTICLE, SOURCE);
    await store.applyToLayer(ARTICLE.id, ALICE, { upsert: annotate(ALICE, [['The tanks hold 650,000 litres.', 'evidence']]), remove: [] });
    await store.close();
    const { code, out } = await run('agreement', 'harbour', '--store', solo);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      units: 5,
      analysts: ['alice'],
      pairs: [],
      fleiss_kappa: null,
      fleiss_kappa_reason: 'agreement needs at least two analysts',
      krippendorff_alpha: null,
    });
    await rm(solo, { recursive: true, force: true });
  });

  it('names a damaged layer file on stderr, leaves it in place and still lists its analyst', async () => {
    const damaged = await makeTempDir();
    await cp(dir, damaged, { recursive: true });
    const bobFile = join(damaged, layerPath('harbour', 'bob'));
    await writeFile(bobFile, '{"schemaVersion": 1, "documentId": "harb');
    const { code, out, err } = await run('agreement', 'harbour', '--store', damaged);
    expect(code).toBe(0);
    expect(err).toContain(`factmark: ${bobFile}: The file ends early, as if a write was cut off`);
    expect(err).toContain('Left it in place (opened read-only).');
    expect(JSON.parse(out)).toMatchObject({ units: 5, analysts: ['alice', 'bob'] });
    await rm(damaged, { recursive: true, force: true });
  });

  it('names an unknown article and explains usage', async () => {
    expect(await run('agreement', 'nope', '--store', dir)).toMatchObject({
      code: 1,
      err: 'factmark: No article with id nope is in the library.',
    });
    expect((await run('agreement', '--store', dir)).code).toBe(2);
    expect((await run('agreement', 'a', 'b', '--store', dir)).err).toContain('usage: factmark agreement DOC_ID');
  });
});
