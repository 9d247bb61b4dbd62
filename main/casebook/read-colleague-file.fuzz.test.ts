import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../shared/ipc/result';
import { openStore } from '../store';
import { ALICE, makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from '../store/test-support/fixtures';
import { importColleagueLayer } from './import-colleague-layer';
import { readColleagueFile } from './read-colleague-file';
import {
  COLLEAGUE,
  COLLEAGUE_DOCUMENT,
  colleagueCollection,
  colleagueLayer,
  colleaguePlacing,
  layerBytes,
} from './test-support/colleague-layer';
import { malformedColleagueFiles } from './test-support/malformed-colleague-files';

const SEED = 0x6a7e;
/**
 * How many times the usual number of files to generate: `npm test` tries 1,000 annotations files
 * and 400 W3C collections, enough for every kind of damage many times over;
 * FACTMARK_FUZZ_SCALE=10 runs the larger seeded run (10,000 and 4,000) by hand.
 */
const SCALE = Number(process.env.FACTMARK_FUZZ_SCALE) || 1;
/** Files in each format: Factmark annotations files, and W3C collections as Factmark exports them. */
const COUNTS = { layer: 1_000 * SCALE, w3c: 400 * SCALE } as const;
/** Every STORE_SAMPLE-th layer file also goes through the real import into a store, whose files are compared byte for byte. */
const STORE_SAMPLE = 50;
/** Under a second each alone at the usual scale; the margin is for a machine busy with other suites. */
const TIMEOUT_MS = 60_000 * SCALE;

/** Every file under the store with the SHA-256 of its bytes. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const sums = await Promise.all(
    files.map(
      async (f) =>
        [
          relative(dir, f),
          createHash('sha256')
            .update(await readFile(f))
            .digest('hex'),
        ] as const,
    ),
  );
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
    readColleagueFile(bytes, fileName, COLLEAGUE_DOCUMENT, colleaguePlacing());
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
    for (const rich of [false, true]) {
      expect(readColleagueFile(layerBytes(colleagueLayer(5, rich)), 'bob.json', COLLEAGUE_DOCUMENT).annotations).toHaveLength(5);
      expect(
        readColleagueFile(layerBytes(colleagueCollection(5, rich)), 'bob.jsonld', COLLEAGUE_DOCUMENT, colleaguePlacing()).annotations,
      ).toHaveLength(5);
    }
  });

  const KINDS = {
    layer: [
      'badNumber',
      'badValue',
      'deepNesting',
      'deleteRequired',
      'doubleBom',
      'duplicateId',
      'hugeString',
      'invalidUtf8',
      'notAnObject',
      'otherEncoding',
      'overSchemaLimit',
      'prototypeKey',
      'renameKey',
      'retype',
      'truncate',
      'wrongSchemaVersion',
    ],
    w3c: [
      'deepNesting',
      'doubleBom',
      'hugeString',
      'invalidUtf8',
      'notAnObject',
      'otherEncoding',
      'prototypeKey',
      'truncate',
      'w3cBody',
      'w3cCreator',
      'w3cDates',
      'w3cDuplicate',
      'w3cExtension',
      'w3cItems',
      'w3cPosition',
      'w3cQuote',
      'w3cTag',
      'w3cTarget',
      'w3cTwoTags',
      'w3cType',
    ],
  };

  for (const format of ['layer', 'w3c'] as const) {
    it(
      `refuses each of ${COUNTS[format]} malformed ${format === 'layer' ? 'annotations files' : 'W3C collections'} with a message naming the file and the problem, touching no prototype`,
      () => {
        const before = prototypes();
        const wrong: string[] = [];
        const kinds = new Map<string, number>();
        let index = 0;
        for (const file of malformedColleagueFiles(SEED, COUNTS[format], format)) {
          const name = `colleague-${index}.json`;
          const kind = file.description.slice(0, file.description.indexOf(':'));
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          const error = refusalOf(file.bytes, name);
          const message = error instanceof Error ? error.message : '';
          if (!(error instanceof UserFacingError) || error.code !== 'import-failed')
            wrong.push(`#${index} ${file.description}: ${error === undefined ? 'accepted' : `threw ${message}`}`);
          else if (!message.startsWith(`"${name}" `) || !file.expected.test(message) || message.length > 500)
            wrong.push(`#${index} ${file.description}: "${message.slice(0, 500)}"`);
          index += 1;
        }
        expect(wrong.slice(0, 20)).toEqual([]);
        expect(index).toBe(COUNTS[format]);
        // Every kind of damage was tried, prototype keys and nesting included.
        expect([...kinds.keys()].sort()).toEqual(KINDS[format].sort());
        expect(Math.min(...kinds.values())).toBeGreaterThanOrEqual(COUNTS[format] / 500);
        expect(prototypes()).toEqual(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      },
      TIMEOUT_MS,
    );
  }

  it(
    'leaves every file of the store byte for byte as it was when a sample of them is imported',
    async () => {
      const dir = await makeTempDir();
      dirs.push(dir);
      const store = await openStore({ dir, defaultAnalyst: ALICE, backupIntervalMs: 0 });
      await store.addArticle(makeArticle(COLLEAGUE_DOCUMENT), sourceBytesFor(COLLEAGUE_DOCUMENT));
      await store.applyToLayer(COLLEAGUE_DOCUMENT, ALICE, { upsert: [makeAnnotation(COLLEAGUE_DOCUMENT, ALICE, 1)], remove: [] });
      await store.replaceLayer(COLLEAGUE_DOCUMENT, COLLEAGUE, []);
      const original = await fingerprint(dir);
      let index = 0;
      let sampled = 0;
      for (const file of malformedColleagueFiles(SEED, COUNTS.layer)) {
        if (index++ % STORE_SAMPLE !== 0) continue;
        const name = `colleague-${index}.json`;
        await expect(importColleagueLayer(dir, ALICE.id, COLLEAGUE_DOCUMENT, name, file.bytes), file.description).rejects.toBeInstanceOf(
          UserFacingError,
        );
        expect(await fingerprint(dir), file.description).toEqual(original);
        sampled += 1;
      }
      expect(sampled).toBe(COUNTS.layer / STORE_SAMPLE);
      // The same path does write a good file, so an unchanged store means the bad ones were refused.
      await importColleagueLayer(dir, ALICE.id, COLLEAGUE_DOCUMENT, 'bob.json', layerBytes(colleagueLayer(3, true)));
      expect(await fingerprint(dir)).not.toEqual(original);
      await store.close();
    },
    TIMEOUT_MS,
  );
});
