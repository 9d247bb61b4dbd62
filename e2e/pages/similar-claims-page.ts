import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { FactCheck } from '../../shared/factcheck/fact-check';

/** The similar claims beside a claim: in the reader's side panel (the dock) and beside the open claim record. */
export class SimilarClaimsPage {
  readonly dock: Locator;
  readonly inRecord: Locator;

  constructor(readonly page: Page) {
    this.dock = page.getByTestId('similar-dock').getByTestId('similar-claims');
    this.inRecord = page.getByTestId('claim-editor').getByTestId('similar-claims');
  }

  /** The matches shown in `where` (the dock unless told). */
  matches(where: Locator = this.dock): Locator {
    return where.getByTestId('similar-match');
  }

  /** Ctrl+Shift+L: Link as Same Claim, on the first match. */
  async linkFirstByKey(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+L');
  }
}

/** Puts published fact-checks in the store, as `factmark claimreview import` would have. */
export async function seedFactChecks(storeDir: string, factChecks: readonly FactCheck[]): Promise<void> {
  await writeFile(join(storeDir, 'factchecks.json'), JSON.stringify({ schemaVersion: 1, factChecks }));
}
