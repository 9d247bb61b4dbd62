import { describe, expect, it } from 'vitest';
import { describeSigning } from './signing-status.mjs';

describe('describeSigning', () => {
  it('says a macOS build without credentials is unsigned and not notarised, naming the variables to set', () => {
    expect(describeSigning('darwin', {})).toEqual([
      expect.stringContaining('CSC_LINK and CSC_NAME are not set'),
      expect.stringContaining('notarisation skipped: set APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER, or APPLE_ID'),
    ]);
  });

  it('says which credentials a macOS build signs and notarises with', () => {
    const env = {
      CSC_LINK: '/secrets/developer-id.p12',
      CSC_KEY_PASSWORD: 'x',
      APPLE_ID: 'ci@factmark.org',
      APPLE_APP_SPECIFIC_PASSWORD: 'y',
      APPLE_TEAM_ID: 'ABCDE12345',
    };
    expect(describeSigning('darwin', env)).toEqual([
      'macOS: signing with the Developer ID certificate in CSC_LINK (password from CSC_KEY_PASSWORD).',
      'macOS: notarising as APPLE_ID with APPLE_APP_SPECIFIC_PASSWORD for APPLE_TEAM_ID.',
    ]);
  });

  it('does not claim notarisation from half a set of Apple credentials', () => {
    expect(describeSigning('darwin', { APPLE_ID: 'ci@factmark.org' })[1]).toContain('notarisation skipped');
  });

  it('says whether the Windows installer is signed', () => {
    expect(describeSigning('win32', { WIN_CSC_LINK: '/secrets/code-signing.pfx' })).toEqual([
      expect.stringContaining('Windows: signing with'),
    ]);
    expect(describeSigning('win32', {})).toEqual([expect.stringContaining('Windows: signing skipped')]);
  });
});
