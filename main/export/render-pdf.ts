/** Prints a self-contained HTML report to PDF bytes; the Electron shell and the command line each bring one. */
export type RenderPdf = (html: string) => Promise<Uint8Array>;

/** Page numbers at the foot of each page: Chromium's own print template (its classes are filled in by the printer, no script runs). */
export const PDF_FOOTER_TEMPLATE =
  '<div style="width:100%;font:8px sans-serif;color:#565e67;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';
