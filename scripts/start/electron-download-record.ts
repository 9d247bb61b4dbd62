import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A download of Electron's binary that failed, kept so `npm start` does not retry it every time. */
export type FailedDownload = { failedAt: string; reason: string };

/**
 * Where the failure is remembered: inside node_modules, so a fresh `npm install` or `npm ci`
 * (which may find the network open again) forgets it.
 */
export function downloadRecordPath(root: string): string {
  return join(root, 'node_modules', '.factmark', 'electron-download.json');
}

/** The remembered failure, or null when there is none (or the record is unreadable). */
export async function readFailedDownload(root: string): Promise<FailedDownload | null> {
  try {
    const parsed = JSON.parse(await readFile(downloadRecordPath(root), 'utf8')) as Partial<FailedDownload>;
    return typeof parsed.failedAt === 'string' && typeof parsed.reason === 'string'
      ? { failedAt: parsed.failedAt, reason: parsed.reason }
      : null;
  } catch {
    return null;
  }
}

/** Remembers that the download failed, and why. */
export async function recordFailedDownload(root: string, reason: string, now = new Date()): Promise<void> {
  const path = downloadRecordPath(root);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify({ failedAt: now.toISOString(), reason } satisfies FailedDownload, null, 2)}\n`);
}

/** Forgets a remembered failure (the binary is there now, or a retry was asked for). */
export async function forgetFailedDownload(root: string): Promise<void> {
  await rm(downloadRecordPath(root), { force: true });
}
