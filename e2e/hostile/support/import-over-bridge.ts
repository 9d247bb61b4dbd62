import type { Page } from '@playwright/test';
import type { HostileFile } from './hostile-files';

/** What one import gave: the new article's id, or the message the analyst would read. */
export type ImportOutcome = { file: HostileFile; id: string } | { file: HostileFile; message: string };

// In-page: imports each file, one after the other, through `window.factmark` (the bridge the
// renderer's client calls), the way the app imports what the analyst picks or drops.
const IMPORT_FILES = `async ({ channel, requests }) => {
  const outcomes = [];
  for (const request of requests) {
    const result = await window.factmark[channel](request);
    outcomes.push(result.ok ? { id: result.value.id } : { message: result.error.message });
  }
  return outcomes;
}`;

type Outcome = { id: string } | { message: string };

async function importEach(page: Page, files: readonly HostileFile[], channel: string, toRequest: (file: HostileFile) => unknown): Promise<ImportOutcome[]> {
  const outcomes = await page.evaluate<Outcome[]>(`(${IMPORT_FILES})(${JSON.stringify({ channel, requests: files.map(toRequest) })})`);
  return outcomes.map((outcome, index) => ({ file: files[index]!, ...outcome }));
}

/** Imports files as "Open file…" and drops do (`document:import`: bytes, kind judged by content). */
export function importFiles(page: Page, files: readonly HostileFile[]): Promise<ImportOutcome[]> {
  return importEach(page, files, 'document:import', (file) => ({ fileName: file.fileName, dataBase64: file.bytes.toString('base64') }));
}

/** Imports web pages as pasting HTML does (`document:importHtml`: the clipboard's HTML as a string). */
export function pasteHtml(page: Page, files: readonly HostileFile[]): Promise<ImportOutcome[]> {
  return importEach(page, files, 'document:importHtml', (file) => ({ html: file.source ?? '' }));
}
