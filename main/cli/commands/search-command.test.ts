import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../../shared/anchoring';
import { openStore } from '../../store';
import { runCli } from '../run-cli';

const STORY = `Le ministère de la Santé publie son rapport sur l'eau

Le ministère de la Santé a déclaré lundi que l'eau du réseau était potable dans tous les quartiers de la ville.

Les analyses du laboratoire régional montrent pourtant du plomb au-dessus de la limite dans douze des quarante échantillons prélevés en février.

市政府表示自来水完全安全。但是实验室的检测结果显示铅含量超标。

Le maire a demandé une enquête indépendante et promis de publier tous les résultats avant la fin du mois.
`;

interface Printed {
  hits: { doc_id: string; title: string; field: string; start: number | null; end: number | null; snippet: string; score: number }[];
}

let dir: string;
let store: string;
let file: string;
let docId: string;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function search(...argv: string[]): Promise<Printed> {
  const { code, out, err } = await run('search', ...argv, '--store', store);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as Printed;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-search-'));
  store = join(dir, 'store');
  file = join(dir, 'rapport.txt');
  await writeFile(file, STORY);
  const imported = await run('import', file, '--store', store);
  expect(imported.code).toBe(0);
  docId = imported.out.trim().split('\n').at(-1)!;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('factmark search', () => {
  it('prints hits whose text offsets index the text segment prints, spanning the query words', async () => {
    const segmented = JSON.parse((await run('segment', file)).out) as { text: string };
    const { hits } = await search('SANTE ministere');
    expect(hits.map((h) => h.field)).toEqual(['title', 'text', 'text']);
    const [title, heading, text] = hits;
    expect(segmented.text.slice(heading!.start!, heading!.end!)).toBe('ministère de la Santé');
    expect(Object.keys(title!)).toEqual(['doc_id', 'title', 'field', 'start', 'end', 'snippet', 'score']);
    expect(title).toMatchObject({ doc_id: docId, title: "Le ministère de la Santé publie son rapport sur l'eau", start: null, end: null });
    expect(segmented.text.slice(text!.start!, text!.end!)).toBe('ministère de la Santé');
    expect(text!.snippet).toBe(
      "Le ministère de la Santé a déclaré lundi que l'eau du réseau était potable dans tous les quartiers de la ville.",
    );
  });

  it('finds Chinese words inside a run without spaces, at their exact offsets', async () => {
    const segmented = JSON.parse((await run('segment', file)).out) as { text: string };
    const [hit] = (await search('检测结果')).hits;
    expect(hit?.field).toBe('text');
    expect(segmented.text.slice(hit!.start!, hit!.end!)).toBe('检测结果');
  });

  it('searches every analyst’s notes and claim records, best first, at most --limit', async () => {
    const opened = await openStore({ dir: store, defaultAnalyst: { id: 'colin', name: 'Colin Colleague' } });
    const article = await opened.getArticle(docId);
    const text = article.blocks.map((b) => b.text).join('\n\n');
    const quote = 'Le maire a demandé une enquête indépendante';
    const start = text.indexOf(quote);
    await opened.applyToLayer(
      docId,
      { id: 'colin', name: 'Colin Colleague' },
      {
        upsert: [
          {
            schemaVersion: 1,
            id: 'c1',
            documentId: docId,
            creator: { id: 'colin', name: 'Colin Colleague' },
            created: '2026-01-01T10:00:00.000Z',
            modified: '2026-01-01T10:00:00.000Z',
            body: {
              tag: 'claim',
              note: 'Appeler la mairie pour l’enquête',
              claim: { statement: 'Le maire promet une enquête indépendante', status: 'unstarted' },
            },
            target: { source: docId, selector: describeSpan(text, start, start + quote.length) },
          },
        ],
        remove: [],
      },
    );
    await opened.close();
    const { hits } = await search('enquete');
    expect(hits.map((h) => h.field).sort()).toEqual(['claim', 'note', 'text']);
    for (const hit of hits.filter((h) => h.field !== 'text')) expect([hit.start, hit.end]).toEqual([start, start + quote.length]);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect((await search('enquete', '--limit', '2')).hits).toEqual(hits.slice(0, 2));
  });

  it('answers an empty list when nothing matches, and refuses a limit that is not a number', async () => {
    expect((await search('introuvable')).hits).toEqual([]);
    const refused = await run('search', 'eau', '--limit', 'ten', '--store', store);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--limit "ten"');
  });
});
