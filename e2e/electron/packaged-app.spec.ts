import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findUnpackagedImports } from '../../scripts/package/packaged-modules';
import { PROJECT_ROOT } from '../support/project-root';
import { runInFakeElectron } from './fake-electron-run';

// The packaged app holds out/ and the production dependencies electron-builder.yml lets through;
// `npm start` has all of node_modules and would hide a missing one. The suite's global setup
// builds out/ first, so these check the bundles as they would be packed.

test('every import in the built main process and its workers, static or dynamic, is packed with the app', async () => {
  expect(await findUnpackagedImports(PROJECT_ROOT)).toEqual([]);
});

test('the main process starts, and both workers load, with only the packages the packaged app ships', async () => {
  const scratch = await mkdtemp(join(tmpdir(), 'factmark-packaged-start-'));
  try {
    const pdf = join(PROJECT_ROOT, 'main/import/pdf/fixtures/flood-gate-article.pdf');
    const { report } = await runInFakeElectron<Record<string, unknown>>('packaged-start.mjs', join(scratch, 'store'), pdf);
    expect(report).toEqual({
      playwrightCore: 'ERR_MODULE_NOT_FOUND',
      imports: { page: 'imported', markdown: 'imported', pdf: 'imported' },
      suggestions: 'answered',
      exitCode: 0,
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
