import { describe, expect, it } from 'vitest';
import { isSandboxUnavailable } from './sandbox-unavailable';

describe('isSandboxUnavailable', () => {
  it("recognises Chromium's own word that its sandbox cannot start", () => {
    const error = new Error(
      'browserType.launchPersistentContext: Target page, context or browser has been closed\nBrowser logs:\n[err] FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox! If you are running on Ubuntu 23.10+ …',
    );
    expect(isSandboxUnavailable(error)).toBe(true);
  });

  it('does not take a profile held by another window for a sandbox failure, though the quoted command line says --no-sandbox', () => {
    const error = new Error(
      'browserType.launchPersistentContext: Failed to create a ProcessSingleton for your profile directory.\nBrowser logs:\n<launching> /usr/bin/chromium --no-sandbox --user-data-dir=/root/.config/Factmark/chromium',
    );
    expect(isSandboxUnavailable(error)).toBe(false);
  });
});
