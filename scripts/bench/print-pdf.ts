import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../../main/chromium/find-chromium';
import type { ArticleOutline } from './article-outline';

/** Prints articles to PDF in one headless Chromium; `close` when done. */
export interface PdfPrinter {
  print(outline: ArticleOutline): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * A printer on the Chromium the app would use (`findChromium`), or the reason there is none, so
 * the benchmark can say why it skipped the PDF route instead of failing.
 */
export async function openPdfPrinter(): Promise<PdfPrinter | { skipped: string }> {
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch (error) {
    return { skipped: error instanceof Error ? error.message : String(error) };
  }
  const browser: Browser = await chromium.launch({
    executablePath,
    headless: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  return {
    async print(outline) {
      const page = await browser.newPage();
      try {
        await page.setContent(renderPrintPage(outline), { waitUntil: 'load' });
        return await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** The article as a newspaper's print view: headline, byline, sections, paragraphs in a serif face. */
function renderPrintPage({ title, byline, blocks }: ArticleOutline): string {
  const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  const body = blocks.map((block) => (block.kind === 'heading' ? `<h2>${escape(block.text)}</h2>` : `<p>${escape(block.text)}</p>`));
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font:11pt Georgia,serif;line-height:1.4}h1{font-size:20pt}h2{font-size:14pt}</style></head>
<body><h1>${escape(title)}</h1><p><em>${escape(byline)}</em></p>${body.join('\n')}</body></html>`;
}
