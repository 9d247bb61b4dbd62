import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Creator } from '../../shared/model/annotation';
import { listLayerAnalysts } from './list-layer-analysts';
import { openStore } from './open-store';
import { layerPath } from './store-paths';
import { ALICE, BOB, makeAnnotation, makeArticle, makeTempDir, sourceBytesFor } from './test-support/fixtures';

const ZOË: Creator = { id: 'Zoë Ngata/desk 2', name: 'Zoë' };
const LONG: Creator = { id: `analyst-${'x'.repeat(160)}`, name: 'Long id' };

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function storeWithLayers(analysts: Creator[]): Promise<string> {
  const dir = await makeTempDir();
  made.push(dir);
  const store = await openStore({ dir, defaultAnalyst: ALICE, backupIntervalMs: 0 });
  await store.addArticle(makeArticle('doc'), sourceBytesFor('doc'));
  await store.addArticle(makeArticle('other'), sourceBytesFor('other'));
  for (const analyst of analysts) {
    await store.applyToLayer('doc', analyst, { upsert: [makeAnnotation('doc', analyst, 1)], remove: [] });
    // A second write of the layer file rotates the first into backups/.
    await store.compactLayers();
    await store.applyToLayer('doc', analyst, { upsert: [makeAnnotation('doc', analyst, 2)], remove: [] });
    await store.compactLayers();
  }
  await store.applyToLayer('other', BOB, { upsert: [makeAnnotation('other', BOB, 1)], remove: [] });
  await store.close();
  return dir;
}

describe('listLayerAnalysts', () => {
  it('names every analyst with a layer on the document, from encoded and hashed file names alike', async () => {
    const dir = await storeWithLayers([BOB, ALICE, ZOË, LONG]);
    expect(await listLayerAnalysts(dir, 'doc')).toEqual({ analysts: [ALICE.id, LONG.id, ZOË.id, BOB.id].sort(), unreadable: [] });
    expect((await listLayerAnalysts(dir, 'other')).analysts).toEqual([BOB.id]);
    expect(await listLayerAnalysts(dir, 'nothing-here')).toEqual({ analysts: [], unreadable: [] });
  });

  it('finds a layer whose file was set aside and lives on only in its backups', async () => {
    const dir = await storeWithLayers([ALICE, BOB]);
    const bobFile = join(dir, layerPath('doc', BOB.id));
    await rename(bobFile, `${bobFile}.corrupt-2026-01-01T00-00-00Z`);
    expect((await listLayerAnalysts(dir, 'doc')).analysts).toEqual([ALICE.id, BOB.id]);
  });

  it('ignores temp files, set-aside files and sub-folders, and reports a hashed file naming nobody', async () => {
    const dir = await storeWithLayers([ALICE]);
    const folder = join(dir, 'annotations', 'doc');
    await writeFile(join(folder, '.alice.json.tmp-123-abc'), '{');
    await mkdir(join(folder, 'reviews'));
    await writeFile(join(folder, 'reviews', 'carol.json'), '{}');
    const hashed = join(folder, `${'y'.repeat(117)}~0123456789abcdef0123456789abcdef.json`);
    await writeFile(hashed, 'not json');
    expect(await listLayerAnalysts(dir, 'doc')).toEqual({ analysts: [ALICE.id], unreadable: [hashed] });
  });
});
