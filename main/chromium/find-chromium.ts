import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/** Where to look for a browser; injectable so the search order can be tested. */
export type ChromiumSearch = {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  exists: (path: string) => boolean;
  /** Playwright's own downloaded Chromium, if it knows where that would be. */
  playwrightChromium: () => string | undefined;
};

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** What to tell an analyst whose machine has no usable browser. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium or Google Chrome found to show Factmark in. Install one (Debian/Ubuntu: ' +
  '"sudo apt-get install chromium"; anywhere: "npx playwright install chromium"), or set ' +
  'FACTMARK_CHROMIUM to the path of a Chrome or Chromium executable.';

/**
 * Finds a Chromium-family browser: FACTMARK_CHROMIUM if set (it must exist), then the usual
 * install locations and PATH (chromium, chromium-browser, google-chrome), then Playwright's own
 * download. Throws an error whose message says what to install when there is none.
 */
export function findChromium(search: ChromiumSearch = defaultSearch()): string {
  const override = search.env.FACTMARK_CHROMIUM?.trim();
  if (override) {
    if (search.exists(override)) return override;
    throw new Error(`FACTMARK_CHROMIUM is set to "${override}", which does not exist. ${NO_CHROMIUM_MESSAGE}`);
  }
  const found = candidates(search).find((path) => search.exists(path));
  if (found) return found;
  throw new Error(NO_CHROMIUM_MESSAGE);
}

function candidates({ platform, env, playwrightChromium }: ChromiumSearch): string[] {
  const fixed =
    platform === 'darwin'
      ? ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
      : platform === 'win32'
        ? [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']]
            .filter((dir): dir is string => Boolean(dir))
            .map((dir) => join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'))
        : PATH_NAMES.map((name) => `/usr/bin/${name}`);
  const onPath =
    platform === 'win32'
      ? []
      : (env.PATH ?? '')
          .split(delimiter)
          .filter(Boolean)
          .flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  const bundled = playwrightChromium();
  return [...fixed, ...onPath, ...(bundled ? [bundled] : [])];
}

function defaultSearch(): ChromiumSearch {
  return {
    platform: process.platform,
    env: process.env,
    exists: existsSync,
    playwrightChromium: () => {
      try {
        // Required only here, so a bundle that reaches this module never needs playwright-core to load.
        const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    },
  };
}
