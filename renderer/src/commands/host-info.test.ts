import { describe, expect, it } from 'vitest';
import { detectHost, detectPlatform, showsMenuBar } from './host-info';

const MAC_ELECTRON =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Factmark/1.0.0 Chrome/130.0.0.0 Electron/41.0.0 Safari/537.36';
const LINUX_CHROMIUM = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const WINDOWS_CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';

describe('host-info', () => {
  it('reads the platform from the user agent', () => {
    expect(detectPlatform(MAC_ELECTRON)).toBe('mac');
    expect(detectPlatform(WINDOWS_CHROME)).toBe('windows');
    expect(detectPlatform(LINUX_CHROMIUM)).toBe('linux');
  });

  it('knows Electron by its app: pages or its user agent, and the fallback browser otherwise', () => {
    expect(detectHost('app:', LINUX_CHROMIUM)).toBe('electron');
    expect(detectHost('https:', MAC_ELECTRON)).toBe('electron');
    expect(detectHost('https:', LINUX_CHROMIUM)).toBe('browser');
  });

  it('hides the in-app menu bar only where macOS shows the native one at the top of the screen', () => {
    expect(showsMenuBar('electron', 'mac')).toBe(false);
    expect(showsMenuBar('browser', 'mac')).toBe(true);
    expect(showsMenuBar('electron', 'windows')).toBe(true);
    expect(showsMenuBar('electron', 'linux')).toBe(true);
  });
});
