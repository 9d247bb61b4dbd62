import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDENTITY_FILE } from '../main/casebook/identity-file';
import { launchChromiumHost } from '../main/chromium-host/launch-chromium-host';
import { syncCasebook } from '../main/sync/sync-casebook';
import { createBareRepository } from '../main/sync/test-support/git-http-server';
import { LibraryPage } from './pages/library-page';
import { ReviewPage } from './pages/review-page';
import { SettingsDialog } from './pages/settings-dialog';
import { E2E_IDENTITY, expect, test } from './support/app-fixture';

const SAMPLE_TITLE = 'Port authority says fuel reserves were full before Calder Bay blackout';
const TESS = E2E_IDENTITY.analyst;
const BEN = { id: 'ben', name: 'Ben Okafor' };

test('two analysts on two clones of one casebook see each other’s tags after a sync', async ({ app }) => {
  const root = await mkdtemp(join(tmpdir(), 'factmark-e2e-sync-'));
  try {
    const remote = createBareRepository(root, 'desk.git');
    const tessReader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
    await tessReader.clickSentence('halted the loading of 42 cargo ships');
    await tessReader.pressTag('claim');
    await tessReader.waitUntilSaved();
    expect((await syncCasebook({ storeDir: app.storeDir, me: TESS, remote })).status).toBe('synced');

    // Ben joins: his empty store takes the casebook, then his app opens on it.
    const benStore = join(root, 'ben-store');
    const benProfile = join(root, 'ben-profile');
    expect((await syncCasebook({ storeDir: benStore, me: BEN, remote })).status).toBe('synced');
    await mkdir(benProfile, { recursive: true });
    await writeFile(
      join(benProfile, IDENTITY_FILE),
      JSON.stringify({ ...E2E_IDENTITY, analyst: BEN, profile: { initials: 'BO', colour: '#8a3b12', confirmed: true } }),
    );
    const ben = await launchChromiumHost({ storeDir: benStore, profileDir: benProfile, headless: true });
    try {
      const benReader = await new LibraryPage(ben.page).openArticle(SAMPLE_TITLE);
      const benReview = new ReviewPage(ben.page);
      await benReview.open();
      await expect(benReview.card(TESS.id, 'The blackout lasted')).toBeVisible();

      await benReader.clickSentence('denied that the delivery records');
      await benReader.pressTag('denial');
      await benReader.waitUntilSaved();
      const tessReview = new ReviewPage(app.page);
      await tessReview.open();
      await expect(tessReview.card(BEN.id, 'The authority denied')).toHaveCount(0);

      expect((await syncCasebook({ storeDir: benStore, me: BEN })).status).toBe('synced');
      expect(await syncCasebook({ storeDir: app.storeDir, me: TESS })).toMatchObject({ status: 'synced', pulled: 1 });
      // Pulled files arrive as a colleague's file on disk does: Tess's open review shows Ben's tag without a reload.
      await expect(tessReview.card(BEN.id, 'The authority denied')).toBeVisible();
      expect(app.pageErrors).toEqual([]);
    } finally {
      await ben.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('an analyst connects the casebook in Settings › Team, tags, presses Sync now, and the remote holds the tag', async ({ app }) => {
  const root = await mkdtemp(join(tmpdir(), 'factmark-e2e-team-'));
  try {
    const remote = createBareRepository(root, 'desk.git');
    await expect(app.page.getByTestId('sync-status')).toHaveCount(0);
    const settings = new SettingsDialog(app.page);
    await settings.open();
    await settings.field('team-remote').fill(remote);
    await settings.field('team-connect').click();
    await expect(settings.field('team-state')).toHaveAttribute('data-state', 'synced');
    await expect(settings.field('team-state')).toContainText('Synced at');
    await app.page.keyboard.press('Escape');

    const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
    await reader.clickSentence('halted the loading of 42 cargo ships');
    await reader.pressTag('claim');
    await reader.waitUntilSaved();
    await app.page.getByTestId('sync-now').click();
    await expect(app.page.getByTestId('sync-status')).toHaveAttribute('data-state', 'synced');
    await expect(app.page.getByTestId('sync-status')).toContainText('Synced at');
    const log = execFileSync('git', ['--git-dir', remote, 'log', '--format=%an|%s', 'main']).toString();
    expect(log).toContain(`${TESS.name}|Tagged 1 claim in 'Port authority says fuel reserves were…'`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
