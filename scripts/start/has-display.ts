/**
 * Whether a window can be shown: always on macOS and Windows; on Linux and the BSDs only with
 * an X or Wayland display.
 */
export function hasDisplay(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
