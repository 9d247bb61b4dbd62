import { describe, expect, it } from 'vitest';
import { PLAYWRIGHT_DISABLED_FEATURES } from '../chromium/headless-switches';
import { APP_WINDOW_SWITCHES, buildLaunchOptions, QUIET_SWITCHES, SPLASH_URL } from './launch-options';

describe('buildLaunchOptions', () => {
  it('keeps the browser from reaching out on its own', () => {
    const { args } = buildLaunchOptions({ executablePath: '/usr/bin/chromium', headless: true, sandbox: true });
    expect(args).toEqual(expect.arrayContaining(QUIET_SWITCHES));
    expect(QUIET_SWITCHES).toEqual(
      expect.arrayContaining(['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']),
    );
  });

  it('runs sandboxed unless told it cannot', () => {
    const sandboxed = buildLaunchOptions({ executablePath: '/usr/bin/chromium', headless: true, sandbox: true });
    expect(sandboxed.chromiumSandbox).toBe(true);
    const root = buildLaunchOptions({ executablePath: '/usr/bin/chromium', headless: true, sandbox: false });
    expect(root.chromiumSandbox).toBe(false);
  });

  it('opens an app window on the splash, sized by the window, with no info bars, when headed', () => {
    const headed = buildLaunchOptions({ executablePath: '/usr/bin/chromium', headless: false, sandbox: true });
    expect(headed.args).toContain(`--app=${SPLASH_URL}`);
    expect(headed.args).toEqual(expect.arrayContaining(APP_WINDOW_SWITCHES));
    expect(headed.args).toContain('--test-type');
    expect(headed.ignoreDefaultArgs).toContain('about:blank');
    expect(headed.viewport).toBeNull();
  });

  it('paints a splash titled Factmark, not a blank page', () => {
    const html = decodeURIComponent(SPLASH_URL.slice(SPLASH_URL.indexOf(',') + 1));
    expect(html).toContain('<title>Factmark</title>');
    expect(html).toContain('Opening your library');
  });

  it('exposes the DevTools protocol only on the port asked for', () => {
    const plain = buildLaunchOptions({ executablePath: '/usr/bin/chromium', headless: false, sandbox: true });
    expect(plain.args?.some((arg) => arg.startsWith('--remote-debugging-port'))).toBe(false);
    const debuggable = buildLaunchOptions({
      executablePath: '/usr/bin/chromium',
      headless: true,
      sandbox: true,
      remoteDebuggingPort: 9333,
    });
    expect(debuggable.args).toContain('--remote-debugging-port=9333');
  });

  it('blocks service workers, which could answer requests the routes never see', () => {
    expect(buildLaunchOptions({ executablePath: '/usr/bin/chromium', headless: true, sandbox: true }).serviceWorkers).toBe('block');
  });

  it('uses a fixed viewport when headless', () => {
    const headless = buildLaunchOptions({ executablePath: '/usr/bin/chromium', headless: true, sandbox: true });
    expect(headless.viewport).toEqual({ width: 1280, height: 860 });
    expect(headless.args?.some((arg) => arg.startsWith('--app='))).toBe(false);
  });

  it("turns off the address-bar popup a headless window never shows, in one --disable-features that keeps Playwright's", () => {
    const { args = [] } = buildLaunchOptions({ executablePath: '/usr/bin/chromium', headless: true, sandbox: true });
    const disabled = args.filter((arg) => arg.startsWith('--disable-features='));
    expect(disabled).toHaveLength(1);
    expect(disabled[0]!.split('=')[1]!.split(',')).toEqual(expect.arrayContaining([...PLAYWRIGHT_DISABLED_FEATURES, 'WebUIOmniboxPopup']));
  });

  it('leaves Ctrl+C to the host, which must flush the store before the process ends', () => {
    const options = buildLaunchOptions({ executablePath: '/usr/bin/chromium', headless: false, sandbox: true });
    expect(options).toMatchObject({ handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  });
});
