// Whether the command line's bundle in out/cli still matches the sources. It runs before every
// `factmark` call, so it reads one small file and stats only the sources the bundle was built
// from (~220 stats, a few milliseconds), never walking the source folders.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The bundle's folder, relative to the package folder. */
export const CLI_BUNDLE_DIR = 'out/cli';

/** The bundle's entry (exports `runCli`), relative to its folder. */
export const CLI_BUNDLE_ENTRY = 'factmark.js';

/** The build's record of its inputs and their modification times, relative to the package folder. */
export const CLI_BUNDLE_MANIFEST = `${CLI_BUNDLE_DIR}/manifest.json`;

/** Files that shape the bundle without being bundled: the build itself and the dependency list. */
export const CLI_BUNDLE_OWN_INPUTS = ['scripts/cli/build-cli-bundle.mjs', 'scripts/cli/cli-bundle-freshness.mjs', 'package.json'];

/**
 * Says why `root`'s command-line bundle must be rebuilt, or returns null when it is current:
 * its manifest and entry exist and every input the manifest names still has the modification
 * time recorded at the build. Any change counts, later or earlier (a checkout of an older commit), and a deleted
 * input too. A source newly imported by a changed file is caught through that file's change.
 * @param {string} root the package folder
 * @returns {string | null}
 */
export function findStaleCliBundle(root) {
  /** @type {{ inputs: Record<string, number> }} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(root, CLI_BUNDLE_MANIFEST), 'utf8'));
  } catch {
    return `${CLI_BUNDLE_MANIFEST} is missing or unreadable`;
  }
  if (!existsSync(join(root, CLI_BUNDLE_DIR, CLI_BUNDLE_ENTRY))) return `${CLI_BUNDLE_DIR}/${CLI_BUNDLE_ENTRY} is missing`;
  for (const [input, recorded] of Object.entries(manifest.inputs)) {
    const info = statSync(join(root, input), { throwIfNoEntry: false });
    if (info === undefined) return `${input} is gone`;
    if (info.mtimeMs !== recorded) return `${input} changed since the command line was built`;
  }
  return null;
}
