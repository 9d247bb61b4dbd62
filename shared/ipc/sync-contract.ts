import { z } from 'zod';

const noInput = z.strictObject({});

/** How the casebook's sync stands, for the toolbar and Settings › Team. */
export const syncStateSchema = z.strictObject({
  /** The remote the store syncs with (no credentials in it), or null before it is connected. */
  remote: z.string().nullable(),
  /** A sync is running now. */
  running: z.boolean(),
  /** How the last sync ended; 'never' before the first. */
  status: z.enum(['never', 'synced', 'offline', 'auth', 'refused']),
  /** When the last sync that reached the remote ended (ISO), or null. */
  syncedAt: z.string().nullable(),
  /** Commits made here the remote does not have yet. */
  toSend: z.number().int().nonnegative(),
  /** Why the last sync did not end 'synced', in words for the analyst. */
  reason: z.string().nullable(),
  /** Files the last sync did not take from the remote, with why. */
  refused: z.array(z.strictObject({ file: z.string(), reason: z.string() })).max(10_000),
});
export type SyncState = z.infer<typeof syncStateSchema>;

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
};
