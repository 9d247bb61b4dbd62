import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANA, BO, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from '../../../shared/report/fixtures/report-fixture';
import type { Annotation } from '../../../shared/model/annotation';
import { REVIEW_SCHEMA_VERSION } from '../../../shared/review/review-file';
import { openStore } from '../../store';
import { reviewPath } from '../../store/store-paths';
import { openFixtureStore } from '../../export/test-support/fixture-store';
import { runCli } from '../run-cli';

let dir: string;
let storeDir: string;
const out = (name: string) => join(dir, name);

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { out: (t) => stdout.push(t), err: (t) => stderr.push(t) }, {});
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

/** A store holding the fixture article (under `id`) with Ana's and Bo's layers, or only the article. */
async function makeStore(path: string, id = FIXTURE_ARTICLE.id, annotations: readonly Annotation[] = FIXTURE_ANNOTATIONS): Promise<void> {
  await (await openFixtureStore(path, id, annotations)).close();
}

async function layers(path: string, id: string): Promise<Annotation[]> {
  const store = await openStore({ dir: path, defaultAnalyst: ANA, readOnly: true });
  try {
    return [...(await store.getLayer(id, ANA)), ...(await store.getLayer(id, BO))];
  } finally {
    await store.close();
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-export-'));
  storeDir = join(dir, 'store');
  await makeStore(storeDir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('factmark export', () => {
  it('writes the HTML report with both analysts, the Markdown report and the CSV table', async () => {
    expect(await run('export', FIXTURE_ARTICLE.id, '--format', 'html', '--out', out('r.html'), '--store', storeDir)).toMatchObject({
      code: 0,
      err: '',
    });
    const html = await readFile(out('r.html'), 'utf8');
    expect(html).toContain('<dt>Analysts</dt><dd>Ana Analyst, Bo &lt;Checker&gt;</dd>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img/i);

    expect((await run('export', FIXTURE_ARTICLE.id, '--format', 'md', '--out', out('r.md'), '--store', storeDir)).code).toBe(0);
    expect(await readFile(out('r.md'), 'utf8')).toContain(
      '| C1 | The harbour fuel tanks were full on 3 March | Jonas Reed, Port director |',
    );

    expect(
      (await run('export', FIXTURE_ARTICLE.id, '--format', 'csv', '--out', out('r.csv'), '--store', storeDir, '--analysts', 'bo')).code,
    ).toBe(0);
    const csv = await readFile(out('r.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFdocument_id,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(4);
  });

  it('writes ClaimReview as a JSON array, lists skipped claims on stderr and exits 0', async () => {
    const result = await run(
      'export',
      FIXTURE_ARTICLE.id,
      '--format',
      'claimreview',
      '--out',
      out('cr.json'),
      '--store',
      storeDir,
      '--org',
      'Lowmere Checks',
      '--url-pattern',
      'https://checks.example/{slug}',
    );
    expect(result.code).toBe(0);
    const reviews = JSON.parse(await readFile(out('cr.json'), 'utf8')) as { url: string; author: { name: string } }[];
    expect(reviews.map((r) => r.url)).toEqual([
      'https://checks.example/the-harbour-fuel-tanks-were-full-on-3-march',
      'https://checks.example/cmd-a-spreadsheet-link',
    ]);
    expect(reviews[0]?.author.name).toBe('Lowmere Checks');
    expect(result.err.split('\n')).toEqual([
      'factmark: skipped claim c-capacity ("the tanks hold 40,000 litres"): no verdict',
      'factmark: skipped claim c-prices ("Fuel prices rose by 12%"): no claimant',
    ]);

    const none = await run(
      'export',
      FIXTURE_ARTICLE.id,
      '--format',
      'claimreview',
      '--out',
      out('none.json'),
      '--store',
      storeDir,
      '--org',
      'Lowmere Checks',
      '--tags',
      'evidence',
    );
    expect(none).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(await readFile(out('none.json'), 'utf8'))).toEqual([]);
  });

  it('without an organisation writes an empty ClaimReview array, exits 0 and lists each claim as skipped, saying how to give one', async () => {
    const result = await run('export', FIXTURE_ARTICLE.id, '--format', 'claimreview', '--out', out('cr.json'), '--store', storeDir);
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(out('cr.json'), 'utf8'))).toEqual([]);
    const lines = result.err.trim().split('\n');
    expect(lines.filter((line) => line.includes('pass --org NAME'))).toHaveLength(2);
    expect(lines.some((line) => line.endsWith(': no verdict'))).toBe(true);
  });

  it('prints the PDF report with the system Chromium', async () => {
    const result = await run('export', FIXTURE_ARTICLE.id, '--format', 'pdf', '--out', out('r.pdf'), '--store', storeDir);
    expect(result.code).toBe(0);
    const pdf = await readFile(out('r.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  it('says what to install when there is no browser for the PDF', async () => {
    const saved = process.env.FACTMARK_CHROMIUM;
    process.env.FACTMARK_CHROMIUM = join(dir, 'no-such-chromium');
    try {
      const result = await run('export', FIXTURE_ARTICLE.id, '--format', 'pdf', '--out', out('r.pdf'), '--store', storeDir);
      expect(result.code).toBe(1);
      expect(result.err).toContain('PDF export prints with Chromium.');
      expect(result.err).toContain('apt-get install chromium');
    } finally {
      if (saved === undefined) delete process.env.FACTMARK_CHROMIUM;
      else process.env.FACTMARK_CHROMIUM = saved;
    }
  });

  it('explains usage with exit code 2 and names an unknown document', async () => {
    expect((await run('export', FIXTURE_ARTICLE.id, '--out', out('x'), '--store', storeDir)).code).toBe(2);
    expect((await run('export', FIXTURE_ARTICLE.id, '--format', 'docx', '--out', out('x'), '--store', storeDir)).code).toBe(2);
    expect((await run('export', FIXTURE_ARTICLE.id, '--format', 'html', '--store', storeDir)).code).toBe(2);
    expect(await run('export', 'nope', '--format', 'html', '--out', out('x'), '--store', storeDir)).toMatchObject({
      code: 1,
      err: 'factmark: No article with id nope is in the library.',
    });
  });
});

describe('factmark annotations import', () => {
  it('gives back the same annotations after export to W3C and import into a fresh store', async () => {
    expect((await run('export', FIXTURE_ARTICLE.id, '--format', 'w3c', '--out', out('w3c.jsonld'), '--store', storeDir)).code).toBe(0);
    const fresh = join(dir, 'fresh');
    await makeStore(fresh, 'copy', []);
    const result = await run('annotations', 'import', 'copy', out('w3c.jsonld'), '--store', fresh);
    expect(result).toMatchObject({
      code: 0,
      out: 'Imported 7 annotations into "Harbour fuel tanks were "full", port director says" (Ana Analyst, Bo <Checker>).',
    });
    const moved = (a: Annotation) => ({ ...a, documentId: 'copy', target: { ...a.target, source: 'copy' } });
    const byId = (a: Annotation, b: Annotation) => a.id.localeCompare(b.id);
    expect((await layers(fresh, 'copy')).sort(byId)).toEqual(FIXTURE_ANNOTATIONS.map(moved).sort(byId));
  });

  it('exports the adjudicated layer with --analysts adjudicated, and its W3C file imports back as that layer', async () => {
    const decided = '2026-11-26T09:00:00.000Z';
    const review = {
      schemaVersion: REVIEW_SCHEMA_VERSION,
      documentId: FIXTURE_ARTICLE.id,
      reviewer: ANA,
      decisions: [
        { analystId: 'bo', annotationId: 'c-capacity', decision: 'accepted', decided },
        { analystId: 'bo', annotationId: 'd-council', decision: 'accepted', decided },
        { analystId: 'bo', annotationId: 'c-prices', decision: 'rejected', decided },
      ],
      replies: [],
    };
    const reviewFile = join(storeDir, reviewPath(FIXTURE_ARTICLE.id, ANA.id));
    await mkdir(dirname(reviewFile), { recursive: true });
    await writeFile(reviewFile, JSON.stringify(review));

    const csv = await run(
      'export',
      FIXTURE_ARTICLE.id,
      '--format',
      'csv',
      '--out',
      out('adj.csv'),
      '--store',
      storeDir,
      '--analysts',
      'adjudicated',
    );
    expect(csv).toMatchObject({ code: 0, err: '' });
    const rows = (await readFile(out('adj.csv'), 'utf8')).trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.includes('Adjudicated (Ana Analyst)'))).toBe(true);

    expect(
      (
        await run(
          'export',
          FIXTURE_ARTICLE.id,
          '--format',
          'w3c',
          '--out',
          out('adj.jsonld'),
          '--store',
          storeDir,
          '--analysts',
          'adjudicated',
          '--reviewer',
          'ana',
        )
      ).code,
    ).toBe(0);
    const fresh = join(dir, 'fresh');
    await makeStore(fresh, 'copy', []);
    const result = await run('annotations', 'import', 'copy', out('adj.jsonld'), '--store', fresh);
    expect(result).toMatchObject({
      code: 0,
      out: 'Imported 2 annotations into "Harbour fuel tanks were "full", port director says" (Adjudicated (Ana Analyst)).',
    });
    const store = await openStore({ dir: fresh, defaultAnalyst: ANA, readOnly: true });
    try {
      const layer = await store.getLayer('copy', { id: 'adjudicated', name: 'Adjudicated (Ana Analyst)' });
      expect(layer.map((a) => [a.id, a.body.tag, a.creator.name])).toEqual([
        ['bo/c-capacity', 'claim', 'Adjudicated (Ana Analyst)'],
        ['bo/d-council', 'denial', 'Adjudicated (Ana Analyst)'],
      ]);
    } finally {
      await store.close();
    }

    const fallback = await run(
      'export',
      FIXTURE_ARTICLE.id,
      '--format',
      'csv',
      '--out',
      out('adj.csv'),
      '--store',
      storeDir,
      '--analysts',
      'adjudicated',
      '--reviewer',
      'bo',
    );
    expect(fallback).toMatchObject({ code: 0 });
    expect((await readFile(out('adj.csv'), 'utf8')).trimEnd().split('\r\n').slice(1)).toHaveLength(2);
  });

  it('refuses a file with any malformed item whole, importing nothing', async () => {
    await makeStore(join(dir, 'empty'), 'copy', []);
    const good = {
      type: 'Annotation',
      creator: { id: 'mira', name: 'Mira' },
      body: { purpose: 'tagging', value: 'claim' },
      target: { selector: { type: 'TextQuoteSelector', exact: 'Records show' } },
    };
    const bad = { ...good, target: { selector: { type: 'TextQuoteSelector', exact: '' } } };
    await writeFile(out('bad.json'), JSON.stringify({ type: 'AnnotationCollection', items: [good, bad] }));
    const result = await run('annotations', 'import', 'copy', out('bad.json'), '--store', join(dir, 'empty'));
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `factmark: ${out('bad.json')}: refused, nothing imported:\n  item 2: target.selector.0.exact: the quoted text (exact) is empty`,
    );
    expect(await layers(join(dir, 'empty'), 'copy')).toEqual([]);

    await writeFile(out('not.json'), '{"items": [');
    expect((await run('annotations', 'import', 'copy', out('not.json'), '--store', join(dir, 'empty'))).err).toContain('not a JSON file');
  });

  it('imports unplaceable annotations as orphans, lists them, and files them under --as', async () => {
    const items = [
      {
        type: 'Annotation',
        body: { purpose: 'tagging', value: 'evidence' },
        target: { selector: { type: 'TextQuoteSelector', exact: 'Records show the last delivery' } },
      },
      {
        id: 'lost',
        type: 'Annotation',
        body: { purpose: 'tagging', value: 'claim' },
        target: { selector: { type: 'TextQuoteSelector', exact: 'words that are nowhere' } },
      },
    ];
    await writeFile(out('mixed.json'), JSON.stringify({ first: { items } }));
    const result = await run('annotations', 'import', FIXTURE_ARTICLE.id, out('mixed.json'), '--as', 'bo', '--store', storeDir);
    expect(result.code).toBe(0);
    expect(result.out.split('\n').slice(1)).toEqual([
      '1 could not be placed and were imported as orphans (the reader lists them under Needs attention):',
      '  lost (orphan): "words that are nowhere"',
    ]);
    const bo = (await layers(storeDir, FIXTURE_ARTICLE.id)).filter((a) => a.creator.id === 'bo');
    expect(bo.map((a) => a.id)).toContain('lost');
    expect(bo).toHaveLength(FIXTURE_ANNOTATIONS.filter((a) => a.creator.id === 'bo').length + 2);
  });
});
