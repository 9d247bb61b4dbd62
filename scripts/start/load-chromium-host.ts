import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// Plain JavaScript modules shared with bin/factmark.mjs, typed by their .d.mts files.
import { CLI_BUNDLE_DIR, findStaleCliBundle } from '../cli/cli-bundle-freshness.mjs';

type LaunchChromiumHost = typeof import('../../main/chromium-host/launch-chromium-host').launchChromiumHost;

/**
 * Loads the Chromium host from the bundle `npm install` built into out/cli (rebuilt first when a
 * source changed since), so opening the app compiles no TypeScript and its workers run built
 * JavaScript; when the bundle cannot be built, from the sources (this script runs under tsx).
 */
export async function loadChromiumHost(root: string, note: (line: string) => void): Promise<LaunchChromiumHost> {
  try {
    if (findStaleCliBundle(root) !== null) {
      const { buildCliBundle } = await import('../cli/build-cli-bundle.mjs');
      await buildCliBundle(root);
    }
    const bundled = (await import(pathToFileURL(join(root, CLI_BUNDLE_DIR, 'chromium-host.js')).href)) as {
      launchChromiumHost: LaunchChromiumHost;
    };
    return bundled.launchChromiumHost;
  } catch (error) {
    note(
      `Running the Chromium window from the TypeScript sources (slower): ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
    );
    return (await import('../../main/chromium-host/launch-chromium-host')).launchChromiumHost;
  }
}
