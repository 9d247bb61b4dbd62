import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPlainText } from '../import/import-article';
import { openStore } from './open-store';
import { currentRelPath, renameLegacyFileNames } from './rename-legacy-file-names';
import { layerPath } from './store-paths';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-legacy-names-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(relPath: string, text: string): Promise<void> {
  await mkdir(join(dir, dirname(relPath)), { recursive: true });
  await writeFile(join(dir, relPath), text);
}

describe('currentRelPath', () => {
  it('renames upper-case and device-name ids in every file named after one, backups included', () => {
    expect(currentRelPath('annotations/doc-1/Mallory.json')).toBe('annotations/doc-1/%4Dallory.json');
    expect(currentRelPath('annotations/doc-1/reviews/con.json')).toBe('annotations/doc-1/reviews/%63on.json');
    expect(currentRelPath('versions/doc-1/anchored/LPT1.json')).toBe('versions/doc-1/anchored/%4C%50%541.json');
    expect(currentRelPath('backups/annotations/doc-1/Mallory.json.2')).toBe('backups/annotations/doc-1/%4Dallory.json.2');
    expect(currentRelPath('documents/Doc.json')).toBe('documents/%44oc.json');
  });

  it('leaves names that are already safe, and files that are not named after an id', () => {
    for (const path of [
      'annotations/doc-1/ana.json',
      'annotations/doc-1/%4Dallory.json',
      'versions/doc-1/versions.json',
      'versions/doc-1/2.json',
      'library.json',
    ]) {
      expect(currentRelPath(path) ?? path).toBe(path);
    }
  });
});

describe('renameLegacyFileNames', () => {
  it('moves a legacy layer and its backup to today’s names and leaves a file whose new name is taken', async () => {
    await put('annotations/doc-1/Mallory.json', 'layer');
    await put('backups/annotations/doc-1/Mallory.json.1', 'backup');
    await put('annotations/doc-1/Ben.json', 'old');
    await put('annotations/doc-1/%42en.json', 'new');
    const renamed = await renameLegacyFileNames(dir);
    expect(renamed).toEqual([
      ['annotations/doc-1/Mallory.json', 'annotations/doc-1/%4Dallory.json'],
      ['backups/annotations/doc-1/Mallory.json.1', 'backups/annotations/doc-1/%4Dallory.json.1'],
    ]);
    expect((await readdir(join(dir, 'annotations/doc-1'))).sort()).toEqual(['%42en.json', '%4Dallory.json', 'Ben.json']);
    expect(await readFile(join(dir, 'annotations/doc-1/%42en.json'), 'utf8')).toBe('new');
  });

  it('keeps a store written under the old names readable: a layer of analyst "Mallory" is found after opening', async () => {
    const analyst = { id: 'ana', name: 'Ana' };
    const mallory = { id: 'Mallory', name: 'Mallory' };
    const article = importPlainText(
      {
        fileName: 'gates.txt',
        bytes: Buffer.from('The flood gates held on Monday night.\n'),
      },
      'doc-1',
      new Date(),
    );
    let store = await openStore({ dir, defaultAnalyst: analyst });
    await store.addArticle(article, Buffer.from('The flood gates held on Monday night.\n'));
    const annotation = {
      schemaVersion: 1 as const,
      id: 'a1',
      documentId: 'doc-1',
      creator: mallory,
      created: '2026-12-07T01:00:00.000Z',
      modified: '2026-12-07T01:00:00.000Z',
      body: { tag: 'claim' as const, note: '' },
      target: {
        source: 'doc-1',
        selector: {
          quote: {
            type: 'TextQuoteSelector' as const,
            exact: 'The flood gates held',
            prefix: '',
            suffix: ' on Monday night.',
          },
          position: {
            type: 'TextPositionSelector' as const,
            start: 0,
            end: 20,
          },
        },
      },
    };
    await store.replaceLayer('doc-1', mallory, [annotation]);
    await store.close();
    // What Factmark wrote before upper case was encoded.
    const { rename } = await import('node:fs/promises');
    await rename(join(dir, layerPath('doc-1', 'Mallory')), join(dir, 'annotations/doc-1/Mallory.json'));

    store = await openStore({ dir, defaultAnalyst: analyst });
    try {
      expect((await store.getLayer('doc-1', mallory)).map((a) => a.id)).toEqual(['a1']);
    } finally {
      await store.close();
    }
  });
});
