import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFixtureStore } from '../../export/test-support/fixture-store';
import { runCli } from '../run-cli';

let dir: string;

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { out: (t) => stdout.push(t), err: (t) => stderr.push(t) }, {});
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

/** A colleague's W3C annotation, its creator written in full as Factmark exports it. */
function colleagueAnnotation(id: string, exact: string) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    creator: { id: 'urn:factmark:analyst:colin', type: 'Person', name: 'Colin Colleague' },
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }],
    target: { source: 'harbour', selector: { type: 'TextQuoteSelector', exact } },
  };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-annotations-import-'));
  await (await openFixtureStore(join(dir, 'store'), 'harbour', [])).close();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('factmark annotations import', () => {
  it("names the colleague by the creator's name the file gives, as the app does, not by the id", async () => {
    const file = join(dir, 'colin.jsonld');
    await writeFile(
      file,
      JSON.stringify({ type: 'AnnotationCollection', first: { items: [colleagueAnnotation('c1', 'the fuel tanks were full')] } }),
    );
    const result = await run('annotations', 'import', 'harbour', file, '--store', join(dir, 'store'));
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Imported 1 annotations into ".*" \(Colin Colleague\)\.$/u);
  });
});
