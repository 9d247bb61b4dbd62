import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'wire-story.txt');
let dir: string;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface Printed {
  suggestions: { start: number; end: number; text: string; tag: string; score: number; reasons: string[] }[];
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-suggest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('factmark suggest', () => {
  it('prints suggestions whose offsets index the text that segment prints, highest score first', async () => {
    const segmented = JSON.parse((await run('segment', fixture)).out) as { text: string; sentences: { start: number; end: number }[] };
    const { code, out } = await run('suggest', fixture);
    expect(code).toBe(0);
    const printed = JSON.parse(out) as Printed;
    expect(Object.keys(printed)).toEqual(['suggestions']);
    expect(printed.suggestions.length).toBeGreaterThan(0);
    const spans = new Set(segmented.sentences.map((s) => `${s.start}-${s.end}`));
    for (const s of printed.suggestions) {
      expect(Object.keys(s)).toEqual(['start', 'end', 'text', 'tag', 'score', 'reasons']);
      expect(segmented.text.slice(s.start, s.end)).toBe(s.text);
      expect(spans.has(`${s.start}-${s.end}`)).toBe(true);
      expect(['claim', 'denial', 'evidence']).toContain(s.tag);
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.reasons.every((r) => typeof r === 'string' && r.length > 0)).toBe(true);
    }
    const scores = printed.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("flags the council spokesman's rejection as a denial and the laboratory samples as evidence", async () => {
    const { suggestions } = JSON.parse((await run('suggest', fixture)).out) as Printed;
    expect(suggestions.find((s) => s.text.startsWith('"We reject these findings'))).toMatchObject({ tag: 'denial' });
    expect(suggestions.find((s) => s.text.startsWith('Samples taken by'))).toMatchObject({ tag: 'evidence' });
  });

  it('names the file and exits non-zero when it is missing or empty, and 2 without one', async () => {
    expect(await run('suggest', join(dir, 'nope.txt'))).toMatchObject({
      code: 1,
      err: `factmark: ${join(dir, 'nope.txt')}: no such file.`,
    });
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    expect(await run('suggest', empty)).toMatchObject({ code: 1, err: 'factmark: "empty.txt" is empty.' });
    expect((await run('suggest')).code).toBe(2);
  });
});
