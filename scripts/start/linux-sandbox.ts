import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What the check reads from the machine; injectable so every case can be tested. */
export type SandboxProbe = {
  platform: NodeJS.Platform;
  uid: number | undefined;
  /** A file's text, or null when it cannot be read. */
  readText(path: string): string | null;
  /** Owner and mode of a file, or null when it does not exist. */
  stat(path: string): { uid: number; mode: number } | null;
  /** The text of every AppArmor profile in /etc/apparmor.d. */
  appArmorProfiles(): string[];
};

const SETUID = 0o4000;
const PROFILE_PATH = '/etc/apparmor.d/factmark-electron';

/**
 * Says whether Chromium's sandbox can start for the Electron at `electronPath` on this Linux
 * machine. It can when the process runs as root (start.ts passes --no-sandbox, as Chromium
 * requires), when the `chrome-sandbox` helper beside Electron is setuid root, or when
 * unprivileged user namespaces are open to Electron. They are closed by AppArmor on Ubuntu
 * 24.04 and later (`kernel.apparmor_restrict_unprivileged_userns`, unless a profile grants
 * Electron `userns`) and by sysctls on older Debian kernels; npm's chrome-sandbox is never
 * setuid. Returns null when the sandbox can start, else one line saying why not and the exact
 * commands that fix it. Never suggests switching the sandbox off.
 */
export function checkLinuxSandbox(electronPath: string, probe: SandboxProbe = systemProbe()): string | null {
  if (probe.platform !== 'linux' || probe.uid === 0) return null;
  const helper = join(dirname(electronPath), 'chrome-sandbox');
  const helperStat = probe.stat(helper);
  if (helperStat && helperStat.uid === 0 && (helperStat.mode & SETUID) !== 0) return null;
  const setuidFix = `sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}'`;
  const sysctl = (name: string) => probe.readText(`/proc/sys/${name.replaceAll('.', '/')}`)?.trim();

  if (sysctl('kernel.apparmor_restrict_unprivileged_userns') === '1') {
    if (probe.appArmorProfiles().some((profile) => profile.includes(electronPath) && /\buserns\b/.test(profile))) return null;
    const profile = `abi <abi/4.0>,\\ninclude <tunables/global>\\nprofile factmark-electron "${electronPath}" flags=(unconfined) {\\n  userns,\\n}\\n`;
    return (
      `Electron's sandbox cannot start: AppArmor restricts unprivileged user namespaces on this system and ${helper} is not setuid root. ` +
      `Fix it once, either with an AppArmor profile for this Electron: printf '${profile}' | sudo tee ${PROFILE_PATH} && sudo apparmor_parser -r ${PROFILE_PATH} ` +
      `— or by making the helper setuid: ${setuidFix}`
    );
  }
  const switchedOff =
    sysctl('kernel.unprivileged_userns_clone') === '0'
      ? 'kernel.unprivileged_userns_clone=1'
      : sysctl('user.max_user_namespaces') === '0'
        ? 'user.max_user_namespaces=15000'
        : null;
  if (switchedOff) {
    return (
      `Electron's sandbox cannot start: unprivileged user namespaces are switched off on this system and ${helper} is not setuid root. ` +
      `Fix it once with: ${setuidFix} — or allow user namespaces: sudo sysctl -w ${switchedOff}`
    );
  }
  return null;
}

function systemProbe(): SandboxProbe {
  const readText = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  };
  return {
    platform: process.platform,
    uid: process.getuid?.(),
    readText,
    stat: (path) => {
      try {
        const { uid, mode } = statSync(path);
        return { uid, mode };
      } catch {
        return null;
      }
    },
    appArmorProfiles: () => {
      try {
        return readdirSync('/etc/apparmor.d', { withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => readText(join('/etc/apparmor.d', entry.name)) ?? '');
      } catch {
        return [];
      }
    },
  };
}
