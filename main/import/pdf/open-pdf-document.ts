import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocumentInitParameters, PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { UserFacingError } from '../../../shared/ipc/result';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<Pdfjs> | undefined;

// pdf.js is loaded on the first PDF import, not at start-up. In Node it always parses on the
// calling thread through a "fake worker"; handing it the worker module ourselves means it never
// resolves `workerSrc` (a path that a bundled main process would not have, and in a browser a
// URL it would fetch).
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= keepingBuiltIns(async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  });
  return pdfjs;
}

// The legacy build's core-js polyfills replace built-ins that work as they are on V8 before 12.2
// (Node 20): Array.prototype.push (for arrays whose length is read-only), JSON.parse and
// JSON.stringify (for proposals nothing here uses). The replacements are generic functions, and
// they would serve every push and JSON call in the import worker from the first PDF on — pdf.js
// pushes once or more per glyph — so the built-ins are put back once pdf.js is loaded. Polyfills
// that add what V8 lacks (Promise.withResolvers, Uint8Array.prototype.toHex…) stay.
const KEPT_BUILT_INS: ReadonlyArray<readonly [object, PropertyKey]> = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
];

async function keepingBuiltIns<T>(load: () => Promise<T>): Promise<T> {
  const saved = KEPT_BUILT_INS.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)!] as const);
  try {
    return await load();
  } finally {
    for (const [owner, key, descriptor] of saved) Object.defineProperty(owner, key, descriptor);
  }
}

// Adobe's predefined CMaps let text in fonts that rely on them (mostly Chinese, Japanese and
// Korean) map to Unicode. They are files inside the pdfjs-dist package, read from disk.
function localCMapDirectory(): string {
  const packageJson = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  // pdf.js wants a trailing slash; Windows accepts it after a backslashed path too.
  return `${join(dirname(packageJson), 'cmaps')}/`;
}

/**
 * How every PDF is opened. Nothing in the file runs and nothing is fetched:
 * - `isEvalSupported: false`: pdf.js never compiles code from the file (CVE-2024-4367 turned font
 *   data into script through `new Function`);
 * - scripts and actions in the PDF (/OpenAction, /AA, JavaScript name trees) are never run: only
 *   the pdf.js viewer's scripting sandbox runs them, and text extraction never loads it; XFA
 *   forms stay off;
 * - no fonts are loaded from the system or anywhere else (`disableFontFace`, `useSystemFonts:
 *   false`, no `standardFontDataUrl`) and no WebAssembly decoders (`useWasm: false`): text
 *   extraction needs neither; the only files read are the CMaps inside the package.
 */
export function pdfLoadOptions(data: Uint8Array): DocumentInitParameters {
  return {
    data,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    useWorkerFetch: false,
    cMapUrl: localCMapDirectory(),
    cMapPacked: true,
    stopAtErrors: false,
    // Errors only: pdf.js warns about every unusual font on stdout otherwise.
    verbosity: 0,
  };
}

/** An open PDF; `close` frees what pdf.js holds for it and must be called once done. */
export interface OpenPdf {
  document: PDFDocumentProxy;
  close(): Promise<void>;
}

/**
 * Opens PDF bytes for text extraction. The bytes are copied (pdf.js takes ownership of what it
 * is given). Throws a UserFacingError naming `fileName` when the file is damaged or incomplete,
 * or is protected by a password.
 */
export async function openPdfDocument(bytes: Uint8Array, fileName: string): Promise<OpenPdf> {
  const { getDocument } = await loadPdfjs();
  const task: PDFDocumentLoadingTask = getDocument(pdfLoadOptions(bytes.slice()));
  try {
    const document = await task.promise;
    return { document, close: () => task.destroy() };
  } catch (error) {
    await task.destroy();
    throw describeOpenError(error, fileName);
  }
}

// Without an onPassword callback pdf.js rejects a protected file with a PasswordException; every
// other failure to open means the bytes are not a readable PDF.
function describeOpenError(error: unknown, fileName: string): UserFacingError {
  if (error instanceof Error && error.name === 'PasswordException') {
    return new UserFacingError(
      'import-failed',
      `"${fileName}" is protected by a password; Factmark cannot open protected PDFs. Save a copy without the password and import that.`,
    );
  }
  return new UserFacingError('import-failed', `"${fileName}" is damaged or not a complete PDF.`);
}
