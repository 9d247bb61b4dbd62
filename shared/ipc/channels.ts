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
  'import:prepare',
  'document:restoreLines',
  'document:versions',
  'document:addVersion',
  'document:diff',
  'document:setLanguage',
  'annotations:apply',
  'settings:get',
  'settings:update',
  'settings:scaleUsage',
  'document:suggest',
  'store:messages',
  'profile:update',
  'layers:list',
  'review:apply',
  'layers:importColleague',
  'document:export',
  'library:overview',
  'library:rename',
  'library:trash',
  'library:restore',
  'library:deleteForGood',
  'library:opened',
  'library:last',
  'preferences:get',
  'preferences:update',
  'preferences:showStoreFolder',
  'search:library',
  'similar:find',
  'similar:details',
  'factchecks:ratings',
  'factchecks:remap',
  'factchecks:import',
  'archive:snapshot',
  'archive:attach',
  'archive:check',
  'archive:setInternetArchive',
  'archive:openSnapshot',
  'archive:setWatch',
  'document:checkForChanges',
  'document:changedAtSource',
  'sync:state',
  'sync:now',
  'sync:connect',
  'sync:history',
  'sync:focused',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** The one main → renderer event channel: menu and application commands. */
export const COMMAND_EVENT = 'app:command';

/** Commands main sends to the renderer (menus, accelerators handled by the shell). */
export const APP_COMMANDS = [
  'open-file',
  'paste-text',
  'show-library',
  'undo',
  'redo',
  'toggle-sidebar',
  'import-version',
  'check-for-changes',
  // Review: the menu's View › Review mode and File › Import colleague's annotations…
  'toggle-review',
  'import-colleague',
  // File › Import Fact-Checks…: published ClaimReviews from a JSON-LD file, a saved page or a Fact Check Tools response.
  'import-fact-checks',
  // Sent by main's casebook watcher: a colleague's file on the open document, or the library, changed on disk.
  'colleague-layers-changed',
  'library-changed',
  // Sent by main when the store recovered another file (set aside, loaded from a backup, found read-only): the banner reads store:messages again.
  'store-messages-changed',
  // View › Claims Table and View › Suggestions (the reader's T and S).
  'show-claims',
  'show-suggestions',
  // File › Export…
  'export-document',
  // File › Sync Now (Ctrl+Shift+S): the casebook's git sync.
  'sync-now',
  // Edit › Settings… (Ctrl+,)
  'show-settings',
  // The rest of the command registry (shared/commands): View › Compare Versions, Help, the palette, Review's stepping.
  'compare-versions',
  'show-help',
  'show-palette',
  'next-disagreement',
  'previous-disagreement',
  // Edit › Find in Article (Ctrl+F) and Search Library (Ctrl+Shift+F).
  'find-in-article',
  'search-library',
  // Edit › Link as Same Claim: the similar claim shown first beside the claim becomes a "same claim" link.
  'link-same-claim',
  // View › Larger Text, Smaller Text, Actual Size (Ctrl+= / Ctrl+- / Ctrl+0): the reading text only.
  'zoom-in',
  'zoom-out',
  'zoom-reset',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/** Name of the global object the preload (or the Chromium host) puts on `window`. */
export const BRIDGE_GLOBAL = 'factmark';

/** Tells whether a string names a request channel. */
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
