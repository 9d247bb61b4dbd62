import { chromium, type Browser } from 'playwright-core';
import { UserFacingError } from '../../shared/ipc/result';
import { findChromium } from '../chromium/find-chromium';
import { HEADLESS_SWITCHES } from '../chromium/headless-switches';
import { PDF_PRINT_OPTIONS, type RenderPdf } from './render-pdf';

/**
 * A RenderPdf for the command line and the Chromium host: a headless system Chromium (found as
 * the host finds one) with JavaScript off and every request aborted, printing A4 with
 * backgrounds (the highlight cues) and page numbers. When there is no browser, fails with a
 * UserFacingError saying what to install. Given a running `browser`, each report is printed in a
 * fresh context of its own there instead of in a browser launched for it (the test suite's host).
 */
export function createChromiumPdfRenderer(findBrowser: () => string = findChromium, browser?: Browser): RenderPdf {
  if (browser) return (html) => printInContext(browser, html);
  return async (html) => {
    let executablePath: string;
    try {
      executablePath = findBrowser();
    } catch (error) {
      throw new UserFacingError(
        'export-failed',
        `PDF export prints with Chromium. ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const args = [...HEADLESS_SWITCHES, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
    const launched = await chromium.launch({ executablePath, headless: true, args });
    try {
      return await printInContext(launched, html);
    } finally {
      await launched.close();
    }
  };
}

async function printInContext(browser: Browser, html: string): Promise<Buffer> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ ...PDF_PRINT_OPTIONS, format: 'A4' });
  } finally {
    await context.close();
  }
}
