import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from './permission-policy';

const APP = 'app://factmark';

describe('isPermissionGranted', () => {
  it("lets the app's own page read and write the clipboard (the paste dialog reads it)", () => {
    expect(isPermissionGranted('clipboard-read', 'app://factmark/index.html', APP)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', APP, APP)).toBe(true);
  });

  it('refuses the clipboard to any other page, or to a request of unknown origin', () => {
    expect(isPermissionGranted('clipboard-read', 'https://evil.example/', APP)).toBe(false);
    expect(isPermissionGranted('clipboard-read', 'app://elsewhere/index.html', APP)).toBe(false);
    expect(isPermissionGranted('clipboard-read', undefined, APP)).toBe(false);
  });

  it('refuses every other permission, even to the app', () => {
    for (const permission of ['geolocation', 'media', 'notifications', 'openExternal', 'fileSystem']) {
      expect(isPermissionGranted(permission, APP, APP)).toBe(false);
    }
  });
});
