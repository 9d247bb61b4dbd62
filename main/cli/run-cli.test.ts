import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildDocx } from '../import/docx/test-support/build-docx';
import { runCli } from './run-cli';

const fixture = join(import.meta.dirname, 'fixtures', 'wire-story.txt');
let dir: string;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('factmark segment', () => {
  it('prints the cleaned text and sentence offsets that index it', async () => {
    const { code, out } = await run('segment', fixture);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { title: string; text: string; sentences: { start: number; end: number; text: string }[] };
    expect(result.title).toBe('Council denies water contamination report as tests show elevated lead levels');
    expect(result.text).not.toMatch(/Advertisement|STORY CONTINUES|End of Article|Subscribe/);
    for (const s of result.sentences) expect(result.text.slice(s.start, s.end)).toBe(s.text);
    expect(result.sentences.map((s) => s.text)).toContain(
      'Samples taken by Dr. Leena Rao of the state laboratory on Feb. 20 recorded lead at 14.5 micrograms per litre, against a limit of 10.',
    );
    expect(result.sentences.map((s) => s.text)).toContain('Laboratory findings');
  });

  it('prints the language the file declares, else the one its text shows, else null', async () => {
    const langOf = async (...argv: string[]) => (JSON.parse((await run('segment', ...argv)).out) as { lang: string | null }).lang;
    expect(await langOf(fixture)).toBe('en');
    const page = join(dir, 'presupuesto.html');
    await writeFile(
      page,
      '<!doctype html><html lang="es_ES"><head><title>Presupuesto</title></head><body><article><h1>Presupuesto</h1><p>El ayuntamiento aprobó el martes el presupuesto del próximo año tras un largo debate sobre las carreteras.</p></article></body></html>',
    );
    expect(await langOf(page)).toBe('es-ES');
    const chinese = join(dir, 'budget.txt');
    await writeFile(chinese, '市议会星期二在就道路维修进行了长时间辩论之后，批准了明年的预算。反对派议员表示将提出上诉。\n');
    expect(await langOf(chinese)).toBe('zh');
    const short = join(dir, 'short.txt');
    await writeFile(short, 'OK 42\n');
    expect(await langOf(short)).toBeNull();
  });

  it('prints the language a Word document marks its text with, when the text could be in it', async () => {
    const spanish = 'El ayuntamiento aprobó el martes el presupuesto del próximo año tras un largo debate sobre las carreteras.';
    const markedAs = async (lang: string) => {
      const zip = await JSZip.loadAsync(await buildDocx([{ style: 'Title', runs: ['Presupuesto municipal'] }, { runs: [spanish] }]));
      const document = (await zip.file('word/document.xml')!.async('string')).replaceAll(
        '<w:r>',
        `<w:r><w:rPr><w:lang w:val="${lang}"/></w:rPr>`,
      );
      const path = join(dir, `presupuesto-${lang}.docx`);
      await writeFile(path, await zip.file('word/document.xml', document).generateAsync({ type: 'uint8array' }));
      return (JSON.parse((await run('segment', path)).out) as { lang: string | null }).lang;
    };
    expect(await markedAs('es-MX')).toBe('es-MX');
    expect(await markedAs('en-US')).toBe('es');
  });

  it('takes --lang over the file’s own language, normalised, and refuses what is not a language tag', async () => {
    const { code, out } = await run('segment', fixture, '--lang', 'iw');
    expect(code).toBe(0);
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(result.lang).toBe('he');
    expect(Object.keys(result)).toEqual(['title', 'lang', 'text', 'sentences']);
    expect(await run('segment', fixture, '--lang', 'english')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--lang "english" is not a language tag') as unknown,
    });
  });

  it('names the file and exits non-zero when it is missing, binary or empty', async () => {
    expect(await run('segment', join(dir, 'nope.txt'))).toMatchObject({
      code: 1,
      err: `factmark: ${join(dir, 'nope.txt')}: no such file.`,
    });
    const binary = join(dir, 'photo.txt');
    await writeFile(binary, Buffer.from([0x00, 0x01, 0x02, 0x03, 0x89, 0x50, 0x00, 0x00]));
    expect(await run('segment', binary)).toMatchObject({
      code: 1,
      err: 'factmark: "photo.txt" is not a text file: it contains binary data.',
    });
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    expect(await run('segment', empty)).toMatchObject({ code: 1, err: 'factmark: "empty.txt" is empty.' });
  });
});

describe('factmark import and list', () => {
  it('adds the article to the store, prints its id last, and lists it', async () => {
    const store = join(dir, 'store');
    const imported = await run('import', fixture, '--store', store);
    expect(imported.code).toBe(0);
    const id = imported.out.trim().split('\n').at(-1);
    const listed = await run('list', '--store', store);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toEqual([
      expect.objectContaining({
        id,
        title: 'Council denies water contamination report as tests show elevated lead levels',
        fileName: 'wire-story.txt',
      }),
    ]);
  });

  it('explains usage with exit code 2', async () => {
    expect((await run('import')).code).toBe(2);
    expect((await run('frobnicate')).err).toContain('unknown command "frobnicate"');
    expect((await run('list', '--colour')).code).toBe(2);
  });
});

describe('the factmark executable', () => {
  it('runs through npx-style bin with no build step', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'factmark.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'list', '--store', join(dir, 'bin-store')]);
    expect(JSON.parse(stdout)).toEqual([]);
  });
});
