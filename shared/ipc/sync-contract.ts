import { z } from 'zod';
import { historyAnswerSchema } from '../sync/history-change';
import { syncStateSchema } from '../sync/sync-state';

const noInput = z.strictObject({});

/**
 * The sync channels, spread into `shared/ipc/contract.ts`. A sync never runs on the typing
 * path: saves only arm a timer in main; these calls answer with the state at once or once the
 * sync asked for has ended.
 */
export const syncContract = {
  /** The state now. */
  'sync:state': { input: noInput, output: syncStateSchema },
  /** "Sync now" (Ctrl+Shift+S): runs a sync (or joins the running one) and answers with the state after it. */
  'sync:now': { input: noInput, output: syncStateSchema },
  /** Settings › Team: connects the store to `remote` (an https, ssh or file URL, or a folder holding a bare repository) and syncs. */
  'sync:connect': {
    input: z.strictObject({
      remote: z.string().min(1).max(2_000),
      /** For https remotes: a user and token, kept in the system keychain, never in the store. */
      user: z.string().max(200).optional(),
      token: z.string().max(2_000).optional(),
    }),
    output: syncStateSchema,
  },
  /** Who changed which field of an annotation on `documentId`, and when, oldest first, from the casebook's git history. */
  'sync:history': {
    input: z.strictObject({ documentId: z.string().min(1).max(500), annotationId: z.string().min(1).max(500).optional() }),
    output: historyAnswerSchema,
  },
  /** The window gained focus: a sync is due soon. Answers at once; never waits for the network. */
  'sync:focused': { input: noInput, output: z.strictObject({}) },
};
