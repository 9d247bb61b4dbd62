import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactChecksFile } from '../../../shared/factcheck/fact-check';
import { makeTempDir } from '../../store/test-support/fixtures';
import { runCli } from '../run-cli';

let dir: string;
let store: string;
beforeAll(async () => {
  dir = await makeTempDir();
  store = join(dir, 'store');
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

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const review = (url: string, claim: string, rating: string) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url,
  claimReviewed: claim,
  author: { '@type': 'Organization', name: 'Checker Desk' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Jane Ruiz' } },
  reviewRating: { '@type': 'Rating', alternateName: rating },
});

async function stored(): Promise<FactChecksFile['factChecks']> {
  return (JSON.parse(await readFile(join(store, 'factchecks.json'), 'utf8')) as FactChecksFile).factChecks;
}

describe('factmark claimreview import', () => {
  it('imports a JSON-LD graph, then counts a re-import of the same reviews as updated', async () => {
    const graph = await file(
      'graph.jsonld',
      JSON.stringify({
        '@graph': [
          review('https://c.example/1', 'Wind turbines cause cancer', 'False'),
          review('https://c.example/2', 'Bridges rust faster near the sea', 'Half True'),
        ],
      }),
    );
    expect(await run('claimreview', 'import', graph, '--store', store)).toEqual({ code: 0, out: 'imported 2, updated 0', err: '' });
    const again = await file(
      'again.json',
      JSON.stringify([
        review('https://c.example/1', 'Wind turbines cause cancer', 'Pants on Fire'),
        review('https://c.example/3', 'Tea cures colds', 'Mostly True'),
      ]),
    );
    expect((await run('claimreview', 'import', again, '--store', store)).out).toBe('imported 1, updated 1');
    const checks = await stored();
    expect(checks).toHaveLength(3);
    expect(checks.find((c) => c.url === 'https://c.example/1')).toMatchObject({
      rating: 'Pants on Fire',
      group: 'false',
      claimant: 'Jane Ruiz',
      publisher: 'Checker Desk',
    });
  });

  it("reads a saved page's ld+json blocks without running anything, listing what it skipped and flagged on stderr", async () => {
    const page = await file(
      'page.html',
      `<!doctype html><html><head><script>globalThis.ran = true</script>
       <script type="application/ld+json">${JSON.stringify(review('https://c.example/page', 'Schools closed for a month', 'Four and a half Pinocchios'))}</script>
       <script type="application/ld+json">{ broken</script>
       <script type="application/ld+json">${JSON.stringify({ '@type': 'ClaimReview', url: 'https://c.example/empty' })}</script>
       </head><body><p>A fact-check.</p></body></html>`,
    );
    const { code, out, err } = await run('claimreview', 'import', page, '--store', store);
    expect(code).toBe(0);
    expect(out).toBe('imported 1, updated 0');
    expect(err.split('\n')).toEqual([
      `factmark: ${page}: ld+json block 2: skipped: is not valid JSON`,
      `factmark: ${page}: ld+json block 3 (https://c.example/empty): skipped: has no claimReviewed (the claim text)`,
      `factmark: ${page}: ld+json block 1 (https://c.example/page): flagged: the rating "Four and a half Pinocchios" is not in the rating mapping table`,
    ]);
    expect((await stored()).find((c) => c.url === 'https://c.example/page')).toMatchObject({
      rating: 'Four and a half Pinocchios',
      flagged: expect.any(String),
    });
    expect('ran' in globalThis).toBe(false);
  });

  it('imports a Fact Check Tools response, each review of a claim on its own', async () => {
    const response = await file(
      'tools.json',
      JSON.stringify({
        claims: [
          {
            text: 'The moon landing was staged',
            claimant: 'Viral post',
            claimReview: [
              { publisher: { name: 'Desk A' }, url: 'https://a.example/moon', textualRating: 'False', reviewDate: '2026-03-01T00:00:00Z' },
              { publisher: { name: 'Desk B' }, url: 'https://b.example/moon', textualRating: 'Partly false' },
            ],
          },
        ],
      }),
    );
    expect(await run('claimreview', 'import', response, '--store', store)).toMatchObject({ code: 0, out: 'imported 2, updated 0' });
    expect((await stored()).filter((c) => c.claim === 'The moon landing was staged').map((c) => c.group)).toEqual(['false', 'mixed']);
  });

  it('fails only when the file cannot be read', async () => {
    const missing = await run('claimreview', 'import', join(dir, 'nope.json'), '--store', store);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nope.json: no such file.');
    const garbage = await run('claimreview', 'import', await file('garbage.json', '{"claims": [1,'), '--store', store);
    expect(garbage.code).toBe(1);
    expect(garbage.err).toContain('garbage.json is not valid JSON');
    const noReviews = await run('claimreview', 'import', await file('empty.json', '[]'), '--store', store);
    expect(noReviews).toEqual({ code: 0, out: 'imported 0, updated 0', err: '' });
  });

  it('says how to call it when the verb or file is missing', async () => {
    expect((await run('claimreview', 'export', 'x.json')).code).toBe(2);
    expect((await run('claimreview', 'import')).err).toContain('usage: factmark claimreview import FILE');
  });

  it('names the file when the store refuses the write', async (context) => {
    context.skip(process.getuid?.() === 0, 'root may write a read-only file, so the refusal can only be seen as another user');
    const locked = join(dir, 'locked');
    await run(
      'claimreview',
      'import',
      await file('one.json', JSON.stringify(review('https://c.example/x', 'X', 'True'))),
      '--store',
      locked,
    );
    await chmod(join(locked, 'factchecks.json'), 0o444);
    const refused = await run(
      'claimreview',
      'import',
      await file('two.json', JSON.stringify(review('https://c.example/y', 'Y', 'True'))),
      '--store',
      locked,
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('factchecks.json');
  });
});
