import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Annotation, Creator, Tag } from '../../shared/model/annotation';
import { articleSchema } from '../../shared/model/article';
import { toPlainText } from '../../shared/text/plain-text';
import { documentPath } from '../../main/store/store-paths';

/** Review mode of the open article: colleagues' layers, decisions, replies, disagreements, agreement. */
export class ReviewPage {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('review-panel');
  }

  /** Switches review mode on with its key (R) and waits for the layers. */
  async open(): Promise<void> {
    await this.page.getByTestId('article').focus();
    await this.page.keyboard.press('r');
    await expect(this.panel.getByTestId('layer-toggles')).toBeVisible();
  }

  /** Imports a colleague's annotations file through the panel's button (the file picker is fed directly). */
  async importColleagueFile(fileName: string, content: unknown): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.panel.getByTestId('import-colleague').click();
    await (await chooser).setFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
  }

  /** The review card of `analystId`'s annotation quoting `quote`. */
  card(analystId: string, quote: string): Locator {
    return this.panel.locator(`[data-testid="review-card"][data-analyst="${analystId}"]`).filter({ hasText: quote });
  }

  cards(): Locator {
    return this.panel.getByTestId('review-card');
  }

  async accept(analystId: string, quote: string): Promise<void> {
    await this.card(analystId, quote).getByTestId('review-accept').click();
  }

  async reject(analystId: string, quote: string): Promise<void> {
    await this.card(analystId, quote).getByTestId('review-reject').click();
  }

  /** Writes a reply on the annotation's own thread. */
  async reply(analystId: string, quote: string, text: string): Promise<void> {
    const card = this.card(analystId, quote);
    const before = await card.getByTestId('reply').count();
    await card.getByTestId('reply-input').last().fill(text);
    await card.getByTestId('reply-send').last().click();
    await expect(card.getByTestId('reply')).toHaveCount(before + 1);
  }

  /** Answers an existing reply (threaded). */
  async answer(analystId: string, quote: string, replyText: string, text: string): Promise<void> {
    const reply = this.card(analystId, quote).getByTestId('reply').filter({ hasText: replyText }).first();
    await reply.getByTestId('reply-answer').first().click();
    await reply.getByTestId('reply-input').first().fill(text);
    await reply.getByTestId('reply-send').first().click();
  }

  /** Colleague badges painted in the article. */
  badges(state?: string): Locator {
    return this.page
      .getByTestId('article')
      .locator(state ? `[data-testid="review-badge"][data-state="${state}"]` : '[data-testid="review-badge"]');
  }

  count(): Locator {
    return this.panel.getByTestId('disagreement-count');
  }

  /** The next disagreement, by its key. */
  async nextDisagreement(): Promise<void> {
    await this.page.getByTestId('article').focus();
    await this.page.keyboard.press(']');
  }

  agreement(): Locator {
    return this.panel.getByTestId('agreement-panel');
  }
}

/** A colleague's annotation on the stored article, over the first occurrence of `quote`. */
export interface ColleagueTag {
  tag: Tag;
  quote: string;
  note?: string;
}

/**
 * A colleague's annotations file (the layer file Factmark writes) for an article in the store,
 * with positions and quotes computed from the stored article's text, as their Factmark would.
 */
export async function buildColleagueLayer(storeDir: string, documentId: string, analyst: Creator, tags: readonly ColleagueTag[]) {
  const article = articleSchema.parse(JSON.parse(await readFile(join(storeDir, documentPath(documentId)), 'utf8')));
  const text = toPlainText(article.blocks);
  const annotations: Annotation[] = tags.map(({ tag, quote, note = '' }, i) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in the article`);
    const end = start + quote.length;
    return {
      schemaVersion: 1,
      id: `${analyst.id}-${i + 1}`,
      documentId,
      creator: analyst,
      created: '2026-03-01T09:00:00.000Z',
      modified: '2026-03-01T09:00:00.000Z',
      body: { tag, note },
      target: {
        source: documentId,
        selector: {
          quote: {
            type: 'TextQuoteSelector',
            exact: quote,
            prefix: text.slice(Math.max(0, start - 32), start),
            suffix: text.slice(end, end + 32),
          },
          position: { type: 'TextPositionSelector', start, end },
        },
      },
    };
  });
  return { schemaVersion: 1, documentId, analyst, annotations };
}
