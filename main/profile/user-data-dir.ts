import { homedir } from 'node:os';
import { join } from 'node:path';

/** The application's name as Electron derives its user-data folder from it (package.json productName). */
export const APP_NAME = 'Factmark';

/**
 * Electron's `app.getPath('userData')` computed without Electron, so the command line finds the
 * same store as the app: %APPDATA%\Factmark, ~/Library/Application Support/Factmark, or
 * $XDG_CONFIG_HOME/Factmark (default ~/.config/Factmark).
 */
export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_NAME);
}
