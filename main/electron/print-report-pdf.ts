import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { PDF_PRINT_OPTIONS, type RenderPdf } from '../export/render-pdf';
import { serialize } from './serial-queue';

/** A session of its own, so the report window shares nothing with the app's and loads nothing but the report. */
const PRINT_PARTITION = 'factmark-report-print';

/**
 * Electron's RenderPdf: loads the report, written to a temporary file, in a hidden window that is
 * sandboxed, has JavaScript switched off and may load nothing but that file, and prints it with
 * `webContents.printToPDF` (A4, backgrounds for the highlight cues, page numbers). Exports
 * asked for while one prints wait their turn: the print session has one request filter.
 */
export const printReportPdf: RenderPdf = serialize(async (html: string) => {
  const dir = await mkdtemp(join(tmpdir(), 'factmark-report-'));
  const file = join(dir, 'report.html');
  const url = pathToFileURL(file).href;
  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== url }));
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  try {
    await writeFile(file, html);
    await window.loadURL(url);
    return await window.webContents.printToPDF({ ...PDF_PRINT_OPTIONS, pageSize: 'A4' });
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
});
