import { z } from 'zod';

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
  /** Where a token entered in Settings › Team is kept: the OS keychain, or this session's memory where the window has none. */
  tokenKept: z.enum(['keychain', 'session']),
  /** Files the last sync did not take from the remote, with why. */
  refused: z.array(z.strictObject({ file: z.string(), reason: z.string() })).max(10_000),
});
export type SyncState = z.infer<typeof syncStateSchema>;
