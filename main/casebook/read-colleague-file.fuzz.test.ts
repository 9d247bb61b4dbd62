import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../shared/ipc/result';
import { openStore, type Store } from '../store';
import { ALICE, makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from '../store/test-support/fixtures';
import { readColleagueFile } from './read-colleague-file';
import { COLLEAGUE, COLLEAGUE_DOCUMENT, colleagueLayer, layerBytes } from './test-support/colleague-layer';
import { malformedColleagueFiles } from './test-support/malformed-colleague-files';

const SEED = 0x6a7e;
const COUNT = 10_000;
/** Every STORE_SAMPLE-th file also goes through a real store, whose files are compared byte for byte. */
const STORE_SAMPLE = 50;

/** What the review UI does with a colleague's file: read it, then store it as their layer. */
async function importColleagueFile(store: Store, bytes: Uint8Array, fileName: string): Promise<void> {
  const layer = readColleagueFile(bytes, fileName, COLLEAGUE_DOCUMENT);
  await store.replaceLayer(COLLEAGUE_DOCUMENT, layer.analyst, layer.annotations);
}

/** Every file under the store with the SHA-256 of its bytes. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const sums = await Promise.all(files.map(async (f) => [relative(dir, f), createHash('sha256').update(await readFile(f)).digest('hex')] as const));
  return Object.fromEntries(sums.sort(([a], [b]) => a.localeCompare(b)));
}

/** The own properties of the built-in prototypes, to show nothing was added or replaced. */
function prototypes(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].flatMap((proto) =>
    Reflect.ownKeys(proto).map((key) => `${String(key)}:${typeof Reflect.getOwnPropertyDescriptor(proto, key)?.value}`),
  );
}

function refusalOf(bytes: Uint8Array, fileName: string): unknown {
  try {
    readColleagueFile(bytes, fileName, COLLEAGUE_DOCUMENT);
    return undefined;
  } catch (error) {
    return error;
  }
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('readColleagueFile on generated malformed files', () => {
  it('starts from files it accepts', () => {
    for (const rich of [false, true]) expect(readColleagueFile(layerBytes(colleagueLayer(5, rich)), 'bob.json', COLLEAGUE_DOCUMENT).annotations).toHaveLength(5);
  });

  it(`refuses each of ${COUNT} malformed files with a message naming the file and the problem, touching no prototype`, () => {
    const before = prototypes();
    const wrong: string[] = [];
    const kinds = new Map<string, number>();
    let index = 0;
    for (const file of malformedColleagueFiles(SEED, COUNT)) {
      const name = `colleague-${index}.json`;
      const kind = file.description.slice(0, file.description.indexOf(':'));
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const error = refusalOf(file.bytes, name);
      const message = error instanceof Error ? error.message : '';
      if (!(error instanceof UserFacingError) || error.code !== 'import-failed') wrong.push(`#${index} ${file.description}: ${error === undefined ? 'accepted' : `threw ${message}`}`);
      else if (!message.startsWith(`"${name}" `) || !file.expected.test(message) || message.length > 300) wrong.push(`#${index} ${file.description}: "${message.slice(0, 300)}"`);
      index += 1;
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(index).toBe(COUNT);
    // Every kind of damage was tried, prototype keys and nesting included.
    expect([...kinds.keys()].sort()).toEqual(
      ['badNumber', 'badValue', 'deepNesting', 'deleteRequired', 'doubleBom', 'duplicateId', 'hugeString', 'invalidUtf8', 'notAnObject', 'otherEncoding', 'overSchemaLimit', 'prototypeKey', 'renameKey', 'retype', 'truncate', 'wrongSchemaVersion'].sort(),
    );
    expect(Math.min(...kinds.values())).toBeGreaterThanOrEqual(20);
    expect(prototypes()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves every file of the store byte for byte as it was when a sample of them is imported', async () => {
    const dir = await makeTempDir();
    dirs.push(dir);
    const store = await openStore({ dir, defaultAnalyst: ALICE, backupIntervalMs: 0 });
    await store.addArticle(makeArticle(COLLEAGUE_DOCUMENT), sourceBytesFor(COLLEAGUE_DOCUMENT));
    await store.applyToLayer(COLLEAGUE_DOCUMENT, ALICE, { upsert: [makeAnnotation(COLLEAGUE_DOCUMENT, ALICE, 1)], remove: [] });
    await store.replaceLayer(COLLEAGUE_DOCUMENT, COLLEAGUE, []);
    const original = await fingerprint(dir);
    let index = 0;
    let sampled = 0;
    for (const file of malformedColleagueFiles(SEED, COUNT)) {
      if (index++ % STORE_SAMPLE !== 0) continue;
      await expect(importColleagueFile(store, file.bytes, `colleague-${index}.json`), file.description).rejects.toBeInstanceOf(UserFacingError);
      expect(await fingerprint(dir), file.description).toEqual(original);
      sampled += 1;
    }
    expect(sampled).toBe(COUNT / STORE_SAMPLE);
    // The same path does write a good file, so an unchanged store means the bad ones were refused.
    await importColleagueFile(store, layerBytes(colleagueLayer(3, true)), 'bob.json');
    expect(await fingerprint(dir)).not.toEqual(original);
    expect(await store.getLayer(COLLEAGUE_DOCUMENT, COLLEAGUE)).toHaveLength(3);
    await store.close();
  });
});
