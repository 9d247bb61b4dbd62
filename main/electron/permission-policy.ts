import { isSameOrigin } from '../app-page/app-origin';

/** Permissions the app's own page may use: reading the clipboard for the paste dialog, and writing to it. */
export const APP_PERMISSIONS: readonly string[] = ['clipboard-read', 'clipboard-sanitized-write'];

/**
 * Decides one permission check or request: granted only for a permission in APP_PERMISSIONS,
 * asked by a page of `appOrigin`. Anything else, from anywhere else or from an unknown origin,
 * is denied.
 */
export function isPermissionGranted(permission: string, requestingUrl: string | undefined, appOrigin: string): boolean {
  return APP_PERMISSIONS.includes(permission) && typeof requestingUrl === 'string' && isSameOrigin(requestingUrl, appOrigin);
}
