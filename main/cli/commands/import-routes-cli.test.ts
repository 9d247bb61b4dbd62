import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'e2e', 'fixtures', 'import');
const TITLE = 'Lowmere council admits roof survey at Eastgate school was never carried out';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('factmark segment and import on every route', () => {
  it.each(['roof-survey.html', 'roof-survey.md', 'roof-survey.docx'])('segments %s into the plain-text file’s sentences', async (name) => {
    const plain = JSON.parse((await run('segment', join(FIXTURES, 'roof-survey.txt'))).out) as { sentences: { text: string }[] };
    const { code, out } = await run('segment', join(FIXTURES, name));
    expect(code).toBe(0);
    const result = JSON.parse(out) as { title: string; text: string; sentences: { start: number; end: number; text: string }[] };
    expect(result.title).toBe(TITLE);
    const normalise = (s: string) => s.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'");
    expect(result.sentences.map((s) => normalise(s.text))).toEqual(plain.sentences.map((s) => normalise(s.text)));
    for (const sentence of result.sentences) expect(result.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('says a scanned PDF has no text layer, on stderr with exit code 1', async () => {
    const { code, out, err } = await run('segment', join(FIXTURES, 'broken', 'scanned.pdf'));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('factmark: "scanned.pdf" has no text layer (it looks scanned); Factmark cannot read text from images.');
  });

  it('imports a Word document from the real command line, which exits once done', async () => {
    const store = await mkdtemp(join(tmpdir(), 'factmark-cli-routes-'));
    try {
      const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'factmark.mjs');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [bin, 'import', join(FIXTURES, 'roof-survey.docx'), '--store', store],
        { timeout: 60_000 },
      );
      const lines = stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^Imported "Lowmere council admits roof survey/u);
      expect(lines.at(-1)).toMatch(/^[0-9a-f-]{36}$/u);
    } finally {
      await rm(store, { recursive: true, force: true });
    }
  });
});
