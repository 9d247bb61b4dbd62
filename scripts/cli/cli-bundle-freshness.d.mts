// Types for cli-bundle-freshness.mjs (plain JavaScript, so bin/factmark.mjs can run it without a loader).

/** The bundle's folder, relative to the package folder. */
export const CLI_BUNDLE_DIR: string;
/** The bundle's entry (exports `runCli`), relative to its folder. */
export const CLI_BUNDLE_ENTRY: string;
/** The build's record of its inputs and their modification times, relative to the package folder. */
export const CLI_BUNDLE_MANIFEST: string;
/** Files that shape the bundle without being bundled: the build itself and the dependency list. */
export const CLI_BUNDLE_OWN_INPUTS: readonly string[];
/** Why `root`'s command-line bundle must be rebuilt, or null when it is current. */
export function findStaleCliBundle(root: string): string | null;
