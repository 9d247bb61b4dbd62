import { UserFacingError } from '../../shared/ipc/result';

/** Prints a self-contained HTML report to PDF bytes; the Electron shell and the command line each bring one. */
export type RenderPdf = (html: string) => Promise<Uint8Array>;

/**
 * How every report PDF is printed, whichever Chromium prints it: backgrounds on (the highlight
 * cues), the report's own @page size honoured, no header, page numbers at the foot. The page
 * size is A4; Electron and Playwright name that option differently, so each adds it.
 */
export const PDF_PRINT_OPTIONS = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  // Chromium's own print template: its classes are filled in by the printer, no script runs.
  footerTemplate:
    '<div style="width:100%;font:8px sans-serif;color:#565e67;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
} as const;

/** The RenderPdf of a process given no printer (handler tests, harnesses that never print): refuses, saying so. */
export const refusePdfExport: RenderPdf = () =>
  Promise.reject(
    new UserFacingError('export-failed', 'PDF export is not available in this process: it was started without a PDF printer.'),
  );
