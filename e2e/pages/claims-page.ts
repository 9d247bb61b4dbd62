import { expect, type Locator, type Page } from '@playwright/test';

/**
 * How long a story waits for the suggester worker's first answer (the claimant read from the
 * sentence, the suggestions): the worker starts on first use, and on a loaded 2-core machine
 * that has taken more than the 5 s an ordinary assertion waits.
 */
export const WORKER_FIRST_ANSWER_MS = 15_000;

/**
 * The fact-checking views over an open article: the claim editor (V), the link picker (L), the
 * evidence editor with its sources, the claims table (T), the suggestions (S, A, X) and the
 * link markers in the text.
 */
export class ClaimsPage {
  readonly claimEditor: Locator;
  readonly evidenceEditor: Locator;
  readonly linkPicker: Locator;
  readonly table: Locator;
  readonly suggestions: Locator;

  constructor(readonly page: Page) {
    this.claimEditor = page.getByTestId('claim-editor');
    this.evidenceEditor = page.getByTestId('evidence-editor');
    this.linkPicker = page.getByTestId('link-picker');
    this.table = page.getByTestId('claims-table');
    this.suggestions = page.getByTestId('suggestions-panel');
  }

  /**
   * V on the selected claim: the record's dialog opens at once, and its fields once the
   * suggester worker has read the sentence for its claimant; waits for both.
   */
  async openClaimEditor(): Promise<void> {
    await this.page.keyboard.press('v');
    await expect(this.claimEditor).toBeVisible();
    await expect(this.claimEditor.getByTestId('claim-statement')).toBeVisible({ timeout: WORKER_FIRST_ANSWER_MS });
  }

  /** V on selected evidence or a denial. */
  async openEvidenceEditor(): Promise<void> {
    await this.page.keyboard.press('v');
    await expect(this.evidenceEditor).toBeVisible();
  }

  field(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** Sets the claim's status and its verdict on the workspace's scale, with a justification. */
  async recordVerdict(status: string, rating: string, justification: string): Promise<void> {
    await this.field('claim-status').selectOption(status);
    await this.field('verdict-label').selectOption(rating);
    await this.field('verdict-justification').fill(justification);
  }

  async closeEditor(which: 'claim' | 'evidence'): Promise<void> {
    await this.field(`${which}-done`).click();
    await expect(which === 'claim' ? this.claimEditor : this.evidenceEditor).toBeHidden();
  }

  /** L, then filters the claims by `filter`, chooses the stance with Alt+1/2/3 and links with Enter. */
  async linkSelectionTo(filter: string, stance: 1 | 2 | 3 | null): Promise<void> {
    await this.page.keyboard.press('l');
    await expect(this.linkPicker).toBeVisible();
    await this.page.keyboard.type(filter);
    if (stance) await this.page.keyboard.press(`Alt+Digit${stance}`);
    await this.page.keyboard.press('Enter');
    await expect(this.linkPicker).toBeHidden();
  }

  /** Adds a source in the open evidence editor. */
  async addSource(source: { url: string; title: string; publisher: string }): Promise<void> {
    await this.field('source-add').click();
    const last = this.evidenceEditor.getByTestId('source').last();
    await last.getByTestId('source-url').fill(source.url);
    await last.getByTestId('source-title').fill(source.title);
    await last.getByTestId('source-publisher').fill(source.publisher);
  }

  /** The markers typed links draw in the text, by kind (supports, refutes, context, claim). */
  markers(kind?: string): Locator {
    const all = this.page.getByTestId('link-marker');
    return kind ? all.and(this.page.locator(`[data-kind="${kind}"]`)) : all;
  }

  /** T: shows the claims table. */
  async showTable(): Promise<void> {
    await this.page.keyboard.press('t');
    await expect(this.table).toBeVisible();
  }

  rows(): Locator {
    return this.table.getByTestId('claim-row');
  }

  /** S: shows the suggestions and waits for the suggester worker's answer. */
  async showSuggestions(): Promise<void> {
    await this.page.keyboard.press('s');
    await expect(this.page.getByTestId('suggestions-loading').or(this.suggestions)).toBeVisible();
    await expect(this.suggestions).toBeVisible({ timeout: WORKER_FIRST_ANSWER_MS });
  }

  suggestionItems(): Locator {
    return this.suggestions.getByTestId('suggestion');
  }

  current(): Locator {
    return this.suggestions.locator('[data-testid="suggestion"][data-current="true"]');
  }
}
