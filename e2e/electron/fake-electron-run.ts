import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { listUnshippedPackagePaths } from '../../scripts/package/packaged-modules';
import { PROJECT_ROOT } from '../support/project-root';

const FAKE_DIR = join(PROJECT_ROOT, 'e2e/electron/fake-electron');

/** What a driver run left: its JSON report (the last line it printed) and everything it logged. */
export type FakeElectronRun<Report> = { report: Report; stderr: string };

/**
 * Runs `driver` (a script in fake-electron/) on the built shell (out/main/index.js) in plain
 * Node, with Electron replaced by the recording fake and every package electron-builder.yml
 * leaves out of the app unresolvable, so the shell runs with exactly what the packaged app
 * ships. The store is `storeDir`; home and config folders point into a scratch folder so the
 * analyst's own identity file is never touched.
 */
export async function runInFakeElectron<Report>(driver: string, storeDir: string, ...args: string[]): Promise<FakeElectronRun<Report>> {
  const unshipped = (await listUnshippedPackagePaths(PROJECT_ROOT)).map((path) => join(PROJECT_ROOT, path) + sep);
  const home = await mkdtemp(join(tmpdir(), 'factmark-fake-electron-home-'));
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        join(FAKE_DIR, 'register.mjs'),
        join(FAKE_DIR, driver),
        join(PROJECT_ROOT, 'out/main/index.js'),
        '--store',
        storeDir,
        ...args,
      ],
      {
        timeout: 30_000,
        env: {
          ...process.env,
          HOME: home,
          XDG_CONFIG_HOME: join(home, '.config'),
          APPDATA: home,
          FACTMARK_UNSHIPPED_PACKAGES: JSON.stringify(unshipped),
        },
      },
    );
    return { report: JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Report, stderr };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
