import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChromiumSearch, findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium';

function search(present: string[], overrides: Partial<ChromiumSearch> = {}): ChromiumSearch {
  return {
    platform: 'linux',
    env: { PATH: '/usr/local/bin:/opt/bin' },
    exists: (path) => present.includes(path),
    playwrightChromium: () => '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome',
    ...overrides,
  };
}

describe('findChromium', () => {
  it("prefers Debian's Chromium", () => {
    expect(findChromium(search(['/usr/bin/chromium', '/usr/bin/google-chrome']))).toBe('/usr/bin/chromium');
  });

  it('finds chromium-browser or Google Chrome when Chromium is absent', () => {
    expect(findChromium(search(['/usr/bin/chromium-browser']))).toBe('/usr/bin/chromium-browser');
    expect(findChromium(search(['/usr/bin/google-chrome']))).toBe('/usr/bin/google-chrome');
  });

  it('looks on PATH', () => {
    expect(findChromium(search(['/opt/bin/google-chrome-stable']))).toBe('/opt/bin/google-chrome-stable');
  });

  it("falls back to Playwright's downloaded Chromium", () => {
    expect(findChromium(search(['/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome']))).toBe(
      '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome',
    );
  });

  it('uses FACTMARK_CHROMIUM first, and says so when it points nowhere', () => {
    const env = { FACTMARK_CHROMIUM: '/opt/chrome/chrome' };
    expect(findChromium(search(['/opt/chrome/chrome', '/usr/bin/chromium'], { env }))).toBe('/opt/chrome/chrome');
    expect(() => findChromium(search(['/usr/bin/chromium'], { env }))).toThrow(/FACTMARK_CHROMIUM is set to "\/opt\/chrome\/chrome"/);
  });

  it('finds Chrome in its usual place on macOS and Windows', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium(search([mac], { platform: 'darwin' }))).toBe(mac);
    const win = join('C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe');
    const env = { PROGRAMFILES: 'C:\\Program Files' };
    expect(findChromium(search([win], { platform: 'win32', env }))).toBe(win);
  });

  it('tells the analyst what to install when no browser exists', () => {
    expect(() => findChromium(search([], { playwrightChromium: () => undefined }))).toThrow(NO_CHROMIUM_MESSAGE);
    expect(NO_CHROMIUM_MESSAGE).toContain('apt-get install chromium');
  });
});
