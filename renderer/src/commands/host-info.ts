import type { Platform } from '../../../shared/commands';
import type { Host } from '../keys/browser-keys';

/** The platform the page runs on, from the user agent (`navigator.platform` is deprecated). */
export function detectPlatform(userAgent: string = navigator.userAgent): Platform {
  if (/Macintosh|Mac OS X/.test(userAgent)) return 'mac';
  if (/Windows/.test(userAgent)) return 'windows';
  return 'linux';
}

/**
 * The shell around the page: Electron's window (its pages come from the `app:` scheme, and its
 * user agent names Electron) or the Chromium app window of the fallback.
 */
export function detectHost(protocol: string = location.protocol, userAgent: string = navigator.userAgent): Host {
  return protocol === 'app:' || /\bElectron\//.test(userAgent) ? 'electron' : 'browser';
}

/**
 * Whether the in-app menu bar is shown: everywhere except Electron on macOS, where the same
 * menu sits in the system's menu bar at the top of the screen.
 */
export function showsMenuBar(host: Host, platform: Platform): boolean {
  return !(host === 'electron' && platform === 'mac');
}
