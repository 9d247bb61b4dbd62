import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// bin/factmark.mjs runs the bundle in out/cli (building it first if the sources changed); these
// calls compare it with the sources, run in this process, stream by stream.
const bin = join(import.meta.dirname, '..', '..', 'bin', 'factmark.mjs');
const wireStory = join(import.meta.dirname, 'fixtures', 'wire-story.txt');
const fixtures = join(import.meta.dirname, '..', '..', 'e2e', 'fixtures', 'import');
const wordDocument = join(fixtures, 'roof-survey.docx');
const plainText = join(fixtures, 'roof-survey.txt');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-built-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fromSources(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) }, {});
  return { code, stdout, stderr };
}

async function fromBin(...argv: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...argv], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the built command line', () => {
  it('segments a text file and a Word document (read in its import worker) exactly as the sources do', async () => {
    for (const file of [wireStory, wordDocument]) {
      const built = await fromBin('segment', file);
      expect(built.stderr).toBe('');
      expect(built).toEqual(await fromSources('segment', file));
    }
  }, 60_000);

  it('lists a store, and fails on a missing file, exactly as the sources do', async () => {
    const store = join(dir, 'store');
    expect((await fromSources('import', wireStory, '--store', store)).code).toBe(0);
    expect((await fromSources('import', plainText, '--store', store)).code).toBe(0);
    const built = await fromBin('list', '--store', store);
    expect(JSON.parse(built.stdout)).toHaveLength(2);
    expect(built).toEqual(await fromSources('list', '--store', store));

    const missing = join(dir, 'nope.txt');
    expect(await fromBin('segment', missing)).toEqual({ code: 1, stdout: '', stderr: `factmark: ${missing}: no such file.\n` });
    expect(await fromSources('segment', missing)).toEqual({ code: 1, stdout: '', stderr: `factmark: ${missing}: no such file.\n` });
  });
});
