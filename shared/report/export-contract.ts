import { z } from 'zod';
import { exportFormatSchema } from './export-format';
import { exportScopeSchema } from './export-scope';

/**
 * The export channel, spread into the IPC contract. Main builds the file (a PDF is printed by
 * the shell's browser) and returns its bytes; the renderer hands them to the browser's save
 * path (Electron asks where to save; the Chromium host downloads), so the page never names a
 * path on disk.
 */
export const exportContract = {
  'document:export': {
    input: z.strictObject({ documentId: z.string().min(1).max(200), format: exportFormatSchema, scope: exportScopeSchema }),
    output: z.strictObject({
      fileName: z.string().min(1).max(300),
      mediaType: z.string().min(1).max(100),
      dataBase64: z.string(),
      /** What was left out and why (skipped claims, unreadable layer files). */
      notes: z.array(z.string()),
    }),
  },
} as const;
