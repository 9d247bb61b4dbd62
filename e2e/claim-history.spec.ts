import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBareRepository } from '../main/sync/test-support/git-http-server';
import { ClaimsPage } from './pages/claims-page';
import { LibraryPage } from './pages/library-page';
import { SettingsDialog } from './pages/settings-dialog';
import { E2E_IDENTITY, expect, test } from './support/app-fixture';

const SAMPLE_TITLE = 'Port authority says fuel reserves were full before Calder Bay blackout';

test('an analyst opens a claim’s History from its record: none before the casebook syncs, then who changed the verdict from what to what', async ({
  app,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'factmark-e2e-history-'));
  try {
    const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
    const claims = new ClaimsPage(app.page);
    await reader.clickSentence('Our reserves stood at 100 per cent');
    await reader.pressTag('claim');
    // The first record drafts its claimant from the sentence with the language model, loaded on first use: slow on a busy machine.
    await app.page.keyboard.press('v');
    await expect(claims.field('claim-statement')).toBeVisible({ timeout: 20_000 });
    await claims.recordVerdict('in-progress', 'False', 'One delivery of 180,000 litres.');
    await claims.field('claim-history').click();
    const history = app.page.getByTestId('history-panel');
    await expect(history.getByTestId('history-not-synced')).toContainText('No history: this casebook is not synced');
    await app.page.keyboard.press('Escape');
    await expect(history).toBeHidden();
    await expect(claims.claimEditor).toBeVisible();
    await claims.closeEditor('claim');
    await reader.waitUntilSaved();

    const settings = new SettingsDialog(app.page);
    await settings.open();
    await settings.field('team-remote').fill(createBareRepository(root, 'desk.git'));
    // The Chromium window has no system keychain: a token would be kept for this session only, and Settings says so.
    await expect(settings.field('settings-team')).toContainText('kept until Factmark closes');
    await settings.field('team-connect').click();
    await expect(settings.field('team-state')).toHaveAttribute('data-state', 'synced');
    await app.page.keyboard.press('Escape');
    await reader.clickSentence('Our reserves stood at 100 per cent');
    await claims.openClaimEditor();
    await claims.field('verdict-label').selectOption('Mostly False');
    await claims.closeEditor('claim');
    await reader.waitUntilSaved();
    // Sync Now from the command registry's key.
    await app.page.keyboard.press('Control+Shift+S');
    await expect(app.page.getByTestId('sync-status')).toContainText('Synced at');

    await claims.openClaimEditor();
    await claims.field('claim-history').focus();
    await app.page.keyboard.press('Enter');
    await expect(history.getByTestId('history-body')).toBeFocused();
    const verdicts = history.locator('[data-testid="history-change"][data-field="verdict"]');
    await expect(verdicts).toHaveText([
      new RegExp(`${E2E_IDENTITY.analyst.name} set the verdict to “False”`),
      new RegExp(`${E2E_IDENTITY.analyst.name} changed the verdict from “False” to “Mostly False”`),
    ]);
    expect(app.pageErrors).toEqual([]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('an analyst opens an evidence annotation’s History from its card and from its record: who tagged it and changed its note, and when', async ({
  app,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'factmark-e2e-history-'));
  try {
    const reader = await new LibraryPage(app.page).openArticle(SAMPLE_TITLE);
    const claims = new ClaimsPage(app.page);
    await reader.clickSentence('Invoices obtained under a freedom-of-information');
    await reader.pressTag('evidence');
    const card = reader.card('Invoices obtained under a freedom-of-information').first();
    await expect(card.getByTestId('card-history')).toBeVisible();
    // Drawing the card leaves the keyboard in the text, where the next J or 1 goes.
    await expect(reader.sidebar.locator(':focus')).toHaveCount(0);
    await reader.setNote('Invoices obtained under a freedom-of-information', 'Two invoices.');
    await reader.waitUntilSaved();

    const settings = new SettingsDialog(app.page);
    await settings.open();
    await settings.field('team-remote').fill(createBareRepository(root, 'desk.git'));
    await settings.field('team-connect').click();
    await expect(settings.field('team-state')).toHaveAttribute('data-state', 'synced');
    await app.page.keyboard.press('Escape');
    await reader.setNote('Invoices obtained under a freedom-of-information', 'One delivery of 180,000 litres.');
    await reader.waitUntilSaved();
    await app.page.keyboard.press('Control+Shift+S');
    await expect(app.page.getByTestId('sync-status')).toContainText('Synced at');

    await card.getByTestId('card-history').focus();
    await app.page.keyboard.press('Enter');
    const history = app.page.getByTestId('history-panel');
    await expect(history).toHaveAccessibleName(/^History of Evidence “Invoices obtained under a freedom-of-information/);
    await expect(history.getByTestId('history-body')).toBeFocused();
    const changes = history.getByTestId('history-change');
    await expect(changes.and(app.page.locator('[data-field="tag"]'))).toHaveText([
      new RegExp(`${E2E_IDENTITY.analyst.name} tagged it evidence`),
    ]);
    await expect(changes.and(app.page.locator('[data-field="note"]'))).toHaveText([
      new RegExp(`${E2E_IDENTITY.analyst.name} set the note to “Two invoices.”`),
      new RegExp(`${E2E_IDENTITY.analyst.name} changed the note from “Two invoices.” to “One delivery of 180,000 litres.”`),
    ]);
    await app.page.keyboard.press('Escape');
    await expect(history).toBeHidden();
    await expect(card.getByTestId('card-history')).toBeFocused();

    await reader.clickSentence('Invoices obtained under a freedom-of-information');
    await claims.openEvidenceEditor();
    await claims.field('evidence-history').click();
    await expect(changes.and(app.page.locator('[data-field="note"]'))).toHaveCount(2);
    await app.page.keyboard.press('Escape');
    await expect(history).toBeHidden();
    await expect(claims.evidenceEditor).toBeVisible();
    expect(app.pageErrors).toEqual([]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
