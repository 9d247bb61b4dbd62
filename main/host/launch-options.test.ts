import { describe, expect, it } from 'vitest';
import { buildLaunchOptions, QUIET_SWITCHES } from './launch-options';

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

  it('opens an app window that sizes its own page when headed', () => {
    const headed = buildLaunchOptions({ executablePath: '/usr/bin/chromium', headless: false, sandbox: true });
    expect(headed.args).toContain('--app=about:blank');
    expect(headed.ignoreDefaultArgs).toContain('about:blank');
    expect(headed.viewport).toBeNull();
  });

  it('uses a fixed viewport when headless', () => {
    const headless = buildLaunchOptions({ executablePath: '/usr/bin/chromium', headless: true, sandbox: true });
    expect(headless.viewport).toEqual({ width: 1280, height: 860 });
    expect(headless.args?.some((arg) => arg.startsWith('--app='))).toBe(false);
  });

  it('leaves Ctrl+C to the host, which must flush the store before the process ends', () => {
    const options = buildLaunchOptions({ executablePath: '/usr/bin/chromium', headless: false, sandbox: true });
    expect(options).toMatchObject({ handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  });
});
