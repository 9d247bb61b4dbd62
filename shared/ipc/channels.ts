/**
 * Every request channel between renderer and main, `domain:verb`. The preload exposes exactly
 * these and `contract.ts` must define each one (a missing or extra entry fails to compile).
 * Kept free of imports so the sandboxed preload can bundle it without zod.
 */
export const CHANNELS = [
  'library:list',
  'document:open',
  'document:import',
  'document:importText',
  'document:importHtml',
  'import:progress',
  'import:cancel',
  'document:restoreLines',
  'annotations:apply',
  'settings:get',
  'settings:update',
  'document:suggest',
  'store:messages',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** The one main → renderer event channel: menu and application commands. */
export const COMMAND_EVENT = 'app:command';

/** Commands main sends to the renderer (menus, accelerators handled by the shell). */
export const APP_COMMANDS = ['open-file', 'paste-text', 'show-library', 'undo', 'redo', 'toggle-sidebar'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/** Name of the global object the preload (or the Chromium host) puts on `window`. */
export const BRIDGE_GLOBAL = 'factmark';

/** Tells whether a string names a request channel. */
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
