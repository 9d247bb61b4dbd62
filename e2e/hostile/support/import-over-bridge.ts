import type { Page } from '@playwright/test';

/** What the import needs of a file: its name and bytes. */
export interface FileToImport {
  fileName: string;
  bytes: Buffer;
}

/** What one import gave: the new article's id, or the message the analyst would read. */
export type ImportOutcome<F> = { file: F; id: string } | { file: F; message: string };

// In-page: imports each file, one after the other, through `window.factmark` (the bridge the
// renderer's client calls), the way the app imports what the analyst picks or drops.
const IMPORT_FILES = `async ({ requests }) => {
  const outcomes = [];
  for (const request of requests) {
    const result = await window.factmark['document:import'](request);
    outcomes.push(result.ok ? { id: result.value.id } : { message: result.error.message });
  }
  return outcomes;
}`;

type Outcome = { id: string } | { message: string };

/** Imports files as "Open file…" and drops do (`document:import`: bytes, kind judged by content). */
export async function importFiles<F extends FileToImport>(page: Page, files: readonly F[]): Promise<Array<ImportOutcome<F>>> {
  const requests = files.map((file) => ({ fileName: file.fileName, dataBase64: file.bytes.toString('base64') }));
  const outcomes = await page.evaluate<Outcome[]>(`(${IMPORT_FILES})(${JSON.stringify({ requests })})`);
  return outcomes.map((outcome, index) => ({ file: files[index]!, ...outcome }));
}
