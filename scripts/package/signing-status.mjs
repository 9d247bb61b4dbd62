// electron-builder's beforePack hook (electron-builder.yml): says, once per platform, whether the
// app will be signed and notarised and from which environment variables, or that it will not
// be and what that means for users. electron-builder itself signs and notarises whenever these
// variables are set and skips otherwise; this makes the skip impossible to miss.

const has = (env, ...names) => names.every((name) => Boolean(env[name]?.trim()));

/**
 * The lines to print before packing for `platform` ('darwin', 'win32' or 'linux') given the
 * environment `env`: one for code signing and, on macOS, one for notarisation.
 */
export function describeSigning(platform, env) {
  if (platform === 'darwin') {
    const signing = has(env, 'CSC_LINK')
      ? 'macOS: signing with the Developer ID certificate in CSC_LINK (password from CSC_KEY_PASSWORD).'
      : has(env, 'CSC_NAME')
        ? `macOS: signing with the keychain identity "${env.CSC_NAME}".`
        : 'macOS: CSC_LINK and CSC_NAME are not set: signing with a "Developer ID Application" identity from the keychain if there is one, else the app is left unsigned and Gatekeeper blocks the downloaded dmg.';
    const notarising = has(env, 'APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER')
      ? 'macOS: notarising with the App Store Connect API key in APPLE_API_KEY (APPLE_API_KEY_ID, APPLE_API_ISSUER).'
      : has(env, 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID')
        ? 'macOS: notarising as APPLE_ID with APPLE_APP_SPECIFIC_PASSWORD for APPLE_TEAM_ID.'
        : has(env, 'APPLE_KEYCHAIN_PROFILE')
          ? 'macOS: notarising with the notarytool keychain profile in APPLE_KEYCHAIN_PROFILE.'
          : 'macOS: notarisation skipped: set APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER, or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID.';
    return [signing, notarising];
  }
  if (platform === 'win32') {
    return [
      has(env, 'WIN_CSC_LINK') || has(env, 'CSC_LINK')
        ? 'Windows: signing with the certificate in WIN_CSC_LINK or CSC_LINK (password from WIN_CSC_KEY_PASSWORD or CSC_KEY_PASSWORD).'
        : 'Windows: signing skipped: WIN_CSC_LINK and CSC_LINK are not set, so SmartScreen warns whoever runs the installer.',
    ];
  }
  return ['Linux: AppImage and deb are not signed (neither format needs a signature to install).'];
}

/** The hook: prints the lines for the platform being packed. */
export default function reportSigning(context) {
  for (const line of describeSigning(context.electronPlatformName, process.env)) console.log(`  • ${line}`);
}
