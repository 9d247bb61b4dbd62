import { describe, expect, it } from 'vitest';
import { checkLinuxSandbox, type SandboxProbe } from './linux-sandbox';

const ELECTRON = '/home/ana/factmark/node_modules/electron/dist/electron';
const HELPER = '/home/ana/factmark/node_modules/electron/dist/chrome-sandbox';

function machine(overrides: Partial<SandboxProbe> & { sysctls?: Record<string, string> } = {}): SandboxProbe {
  const { sysctls = {}, ...rest } = overrides;
  return {
    platform: 'linux',
    uid: 1000,
    readText: (path) => sysctls[path] ?? null,
    // npm installs chrome-sandbox owned by the user, mode 0755.
    stat: (path) => (path === HELPER ? { uid: 1000, mode: 0o100755 } : null),
    appArmorProfiles: () => [],
    ...rest,
  };
}

const UBUNTU_24 = { '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '1\n' };

describe('checkLinuxSandbox', () => {
  it('has nothing to say where user namespaces are open (most distributions)', () => {
    expect(checkLinuxSandbox(ELECTRON, machine())).toBeNull();
  });

  it('on Ubuntu 24.04 with npm’s helper, says why in one line with both fixes, as exact commands', () => {
    const message = checkLinuxSandbox(ELECTRON, machine({ sysctls: UBUNTU_24 }));
    expect(message).not.toContain('\n');
    expect(message).toContain(`AppArmor restricts unprivileged user namespaces on this system and ${HELPER} is not setuid root`);
    expect(message).toContain(
      `printf 'abi <abi/4.0>,\\ninclude <tunables/global>\\nprofile factmark-electron "${ELECTRON}" flags=(unconfined) {\\n  userns,\\n}\\n' | sudo tee /etc/apparmor.d/factmark-electron && sudo apparmor_parser -r /etc/apparmor.d/factmark-electron`,
    );
    expect(message).toContain(`sudo chown root:root '${HELPER}' && sudo chmod 4755 '${HELPER}'`);
    expect(message).not.toMatch(/no-sandbox/);
  });

  it('is satisfied once either fix is in place', () => {
    const setuid = machine({ sysctls: UBUNTU_24, stat: () => ({ uid: 0, mode: 0o104755 }) });
    expect(checkLinuxSandbox(ELECTRON, setuid)).toBeNull();
    const profiled = machine({
      sysctls: UBUNTU_24,
      appArmorProfiles: () => [`profile factmark-electron "${ELECTRON}" flags=(unconfined) {\n  userns,\n}`],
    });
    expect(checkLinuxSandbox(ELECTRON, profiled)).toBeNull();
  });

  it('names the sysctl where an older Debian kernel switches user namespaces off', () => {
    const message = checkLinuxSandbox(ELECTRON, machine({ sysctls: { '/proc/sys/kernel/unprivileged_userns_clone': '0' } }));
    expect(message).toContain('sudo sysctl -w kernel.unprivileged_userns_clone=1');
    expect(message).toContain(`sudo chmod 4755 '${HELPER}'`);
  });

  it('stays out of the way as root (Chromium runs unsandboxed there anyway) and on other systems', () => {
    expect(checkLinuxSandbox(ELECTRON, machine({ sysctls: UBUNTU_24, uid: 0 }))).toBeNull();
    expect(checkLinuxSandbox(ELECTRON, machine({ sysctls: UBUNTU_24, platform: 'darwin' }))).toBeNull();
  });
});
