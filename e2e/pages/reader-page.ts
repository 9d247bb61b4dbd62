import { expect, type Locator, type Page } from '@playwright/test';
import { callSource, TEXT_POINT, TEXT_RUNS } from './in-page-scripts';

/** A tag as the specs name it. */
export type TagName = 'claim' | 'denial' | 'evidence';

const TAG_KEYS: Record<TagName, 1 | 2 | 3> = { claim: 1, denial: 2, evidence: 3 };

/** Where in a quoted piece of text a pointer lands. */
type Where = 'start' | 'middle' | 'end';

/** One timing from the app's read-only perf hook. */
export interface PerfEntry {
  name: string;
  ms: number;
}

/**
 * The reader: the article (a read-only ProseMirror view), its toolbar and the annotations
 * sidebar. Text is addressed by what it says; a quote must be unique in the article unless
 * `occurrence` says which one.
 */
export class ReaderPage {
  readonly root: Locator;
  readonly article: Locator;
  readonly sidebar: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('reader');
    this.article = page.getByTestId('article');
    this.sidebar = page.getByTestId('sidebar');
  }

  /** Waits until an article is shown. */
  async waitUntilOpen(): Promise<void> {
    await expect(this.article).toBeVisible();
  }

  /** The article title in the toolbar. */
  title(): Locator {
    return this.page.getByTestId('reader-title');
  }

  /** The byline and date in the article header. */
  byline(): Locator {
    return this.page.getByTestId('reader-byline');
  }

  /** The publication date in the article header. */
  date(): Locator {
    return this.page.getByTestId('reader-date');
  }

  /** Clicks `text` in the article (selecting its sentence), optionally with Shift to extend. */
  async clickSentence(text: string, options: { shift?: boolean; where?: Where; occurrence?: number } = {}): Promise<void> {
    const point = await this.pointOf(text, options.where ?? 'middle', options.occurrence);
    if (options.shift) await this.page.keyboard.down('Shift');
    await this.page.mouse.click(point.x, point.y);
    if (options.shift) await this.page.keyboard.up('Shift');
  }

  /** Drags from the start of `from` to the end of `to`; with `exact`, Alt is held to keep the characters. */
  async dragAcross(from: string, to: string, options: { exact?: boolean } = {}): Promise<void> {
    // Locating `to` may scroll, so `from` is located again afterwards.
    await this.pointOf(from, 'start');
    const end = await this.pointOf(to, 'end');
    const start = await this.pointOf(from, 'start');
    if (options.exact) await this.page.keyboard.down('Alt');
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
    await this.page.mouse.move(end.x, end.y, { steps: 4 });
    await this.page.mouse.up();
    if (options.exact) await this.page.keyboard.up('Alt');
  }

  /** Presses 1/2/3 (toggle) or, with `change`, Shift+1/2/3 (make it the only tag). */
  async pressTag(tag: TagName | 1 | 2 | 3, options: { change?: boolean } = {}): Promise<void> {
    const n = typeof tag === 'number' ? tag : TAG_KEYS[tag];
    await this.page.keyboard.press(options.change ? `Shift+Digit${n}` : `Digit${n}`);
  }

  /** Clicks a tag button in the toolbar. */
  async clickTagButton(tag: TagName): Promise<void> {
    await this.page.getByTestId(`tag-${tag}`).click();
  }

  /** Delete: removes the tags inside the selection. */
  async removeTags(): Promise<void> {
    await this.page.keyboard.press('Delete');
  }

  /** J (or with `extend`, Shift+J): next sentence. */
  async nextSentence(options: { extend?: boolean } = {}): Promise<void> {
    await this.page.keyboard.press(options.extend ? 'Shift+J' : 'j');
  }

  /** K (or with `extend`, Shift+K): previous sentence. */
  async previousSentence(options: { extend?: boolean } = {}): Promise<void> {
    await this.page.keyboard.press(options.extend ? 'Shift+K' : 'k');
  }

  /** Escape: clears the selection. */
  async clearSelection(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  /** Ctrl+Z. */
  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  /** Ctrl+Shift+Z. */
  async redo(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+z');
  }

  /** The selected text as the app shows it (its own selection, not the browser's). */
  async selectedText(): Promise<string> {
    return (await this.textRuns('reader-selection')).join('\n');
  }

  /** One marker per painted annotation (its badge), optionally of one tag; carries data-annotation-id. */
  highlights(tag?: TagName): Locator {
    const badges = this.article.getByTestId('highlight-badge');
    return tag ? badges.and(this.page.locator(`[data-tag="${tag}"]`)) : badges;
  }

  /** The article text painted with `tag`, one entry per contiguous stretch. */
  async highlightedTexts(tag: TagName): Promise<string[]> {
    return this.textRuns(`hl-${tag}`);
  }

  /** The text of the active (outlined) highlight. */
  async activeHighlightText(): Promise<string> {
    return (await this.textRuns('hl-active')).join('\n');
  }

  /** Annotation cards in the sidebar, in document order (only those scrolled into view are rendered). */
  cards(tag?: TagName): Locator {
    const cards = this.sidebar.getByTestId('annotation-card');
    return tag ? cards.and(this.page.locator(`[data-tag="${tag}"]`)) : cards;
  }

  /** The card whose quote contains `quote`. */
  card(quote: string): Locator {
    return this.cards().filter({ has: this.page.getByTestId('card-quote').filter({ hasText: quote }) });
  }

  /** Clicks a card's quote: scrolls to its highlight and selects it. */
  async goToCard(quote: string): Promise<void> {
    await this.card(quote).first().getByTestId('card-quote').click();
  }

  /** Types a note on the card whose quote contains `quote` (replacing any note). */
  async setNote(quote: string, note: string): Promise<void> {
    await this.card(quote).first().getByTestId('card-note').fill(note);
  }

  /** N: types `note` into the note of the active (or selected) annotation, then Escape back to the text. */
  async writeNoteWithKeyboard(note: string): Promise<void> {
    await this.page.keyboard.press('n');
    await expect(this.sidebar.getByTestId('card-note').and(this.page.locator(':focus'))).toBeVisible();
    await this.page.keyboard.type(note);
    await this.page.keyboard.press('Escape');
  }

  /** The per-tag count shown in the sidebar. */
  async count(tag: TagName): Promise<number> {
    const text = (await this.page.getByTestId(`count-${tag}`).textContent()) ?? '';
    return Number(text.replace(/[^0-9]/g, ''));
  }

  /** Shows or hides one tag's cards. */
  async toggleFilter(tag: TagName): Promise<void> {
    await this.page.getByTestId(`filter-${tag}`).click();
  }

  /** Cards under "Needs attention" (orphaned or ambiguous annotations). */
  attentionCards(): Locator {
    return this.page.getByTestId('attention-card');
  }

  /** Puts the annotation needing attention whose quote contains `quote` at its nth candidate place. */
  async placeAttention(quote: string, candidate = 0): Promise<void> {
    await this.attentionCards().filter({ hasText: quote }).first().getByTestId('attention-place').nth(candidate).click();
  }

  /** Deletes the annotation needing attention whose quote contains `quote`. */
  async discardAttention(quote: string): Promise<void> {
    await this.attentionCards().filter({ hasText: quote }).first().getByTestId('attention-discard').click();
  }

  /** Deletes an annotation from its card's ✕ button. */
  async deleteCard(quote: string): Promise<void> {
    await this.card(quote).first().getByTestId('card-remove').click();
  }

  /** The save indicator ("Saving…", "Saved", "All changes saved", "Not saved: …"). */
  saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  /** Waits until every change is saved. */
  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus()).toHaveAttribute('data-state', /^(saved|clean)$/);
  }

  /** Opens the "Cleaning: N lines dropped" panel. */
  async openCleaning(): Promise<Locator> {
    await this.page.getByTestId('cleaning-button').click();
    return this.page.getByTestId('cleaning-panel');
  }

  /** Restores the dropped line containing `text` (the article reloads). */
  async restoreLine(text: string): Promise<void> {
    await this.page.getByTestId('dropped-line').filter({ hasText: text }).getByTestId('restore-line').click();
  }

  /** Back to the library. */
  async backToLibrary(): Promise<void> {
    await this.page.getByTestId('back-to-library').click();
  }

  /** Timings from the app's read-only perf hook (`tag`: key to painted highlight, `open`: click to painted article). */
  async perf(): Promise<PerfEntry[]> {
    return this.page.evaluate<PerfEntry[]>('window.__factmarkPerf.entries()');
  }

  private async pointOf(text: string, where: Where, occurrence = 0): Promise<{ x: number; y: number }> {
    return this.page.evaluate<{ x: number; y: number }>(callSource(TEXT_POINT, { text, where, occurrence }));
  }

  private async textRuns(className: string): Promise<string[]> {
    return this.page.evaluate<string[]>(callSource(TEXT_RUNS, className));
  }
}
