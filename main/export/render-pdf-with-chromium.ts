import { chromium } from 'playwright-core';
import { UserFacingError } from '../../shared/ipc/result';
import { findChromium } from '../chromium/find-chromium';
import { PDF_PRINT_OPTIONS, type RenderPdf } from './render-pdf';

/**
 * A RenderPdf for the command line and the Chromium host: a headless system Chromium (found as
 * the host finds one) with JavaScript off and every request aborted, printing A4 with
 * backgrounds (the highlight cues) and page numbers. When there is no browser, fails with a
 * UserFacingError saying what to install.
 */
export function createChromiumPdfRenderer(findBrowser: () => string = findChromium): RenderPdf {
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
    const browser = await chromium.launch({ executablePath, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ ...PDF_PRINT_OPTIONS, format: 'A4' });
    } finally {
      await browser.close();
    }
  };
}
