import { chromium } from 'playwright-core';
import { PLAYWRIGHT_DISABLED_FEATURES } from '../main/chromium/headless-switches';
import { findChromium } from '../main/chromium/find-chromium';
import { expect, test } from './support/app-fixture';

// The headless host passes its own --disable-features (see main/chromium/headless-switches.ts), and Chromium keeps
// only the last one given: these stories fail when a Playwright upgrade turns off a feature the
// host's list does not repeat, or when Chromium builds a window's address-bar popup again.

test('the headless host keeps off every feature Playwright turns off', async () => {
  // --enable-automation lets the browser tell its own command line (Browser.getBrowserCommandLine).
  const bare = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    chromiumSandbox: false,
    args: ['--enable-automation'],
  });
  try {
    const cdp = await bare.newBrowserCDPSession();
    const { arguments: switches } = (await cdp.send('Browser.getBrowserCommandLine')) as { arguments: string[] };
    const playwrights = switches.filter((arg) => arg.startsWith('--disable-features=')).flatMap((arg) => arg.split('=')[1]!.split(','));
    expect(playwrights.length).toBeGreaterThan(0);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(playwrights));
  } finally {
    await bare.close();
  }
});

test('an app window in the headless host runs the app and nothing else: no address-bar popup page beside it', async ({
  app,
  hostBrowser,
}) => {
  await expect(app.page.getByTestId('library')).toBeVisible();
  const cdp = await hostBrowser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
  expect(targetInfos.filter((target) => target.type !== 'page').map((target) => target.url)).toEqual([]);
  await cdp.detach();
});
