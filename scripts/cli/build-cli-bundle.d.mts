// Types for build-cli-bundle.mjs (plain JavaScript, so bin/factmark.mjs and `prepare` run it without a loader).

/** Bundles the command line and the Chromium host of the package in `packageDir` into its out/cli. */
export function buildCliBundle(packageDir: string): Promise<void>;
