/**
 * Features Playwright turns off in every browser it launches (playwright-core 1.65's
 * chromiumSwitches): Chromium keeps only the last `--disable-features` it is given, so a host
 * that passes its own must repeat them (the beforeunload check the store's "stay" relies on, the
 * preconnects and eligibility requests to search engines, paint holding).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * What a headless window has no use for: a headless Chromium still builds a browser window
 * around each page, and since Chromium 15x that window preloads its address bar's popup as a
 * web page of its own (chrome://omnibox-popup.top-chrome) in a renderer process of its own.
 * Nobody can type in that address bar, yet it cost more CPU than the app's own start (≈ 0.9 s
 * of a renderer and 0.3 s of the browser process for each window, measured in a trace): the
 * test suite, which opens a window per story, paid it ~150 times, and every PDF export once.
 */
export const HEADLESS_SWITCHES = [
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, 'WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'].join(',')}`,
];
