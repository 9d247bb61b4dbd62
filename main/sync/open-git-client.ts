import { spawn } from 'node:child_process';
import { UserFacingError } from '../../shared/ipc/result';
import type { GitClient } from './git-client';
import { gitObjects } from './git-objects';
import type { GitOptions } from './git-runner';
import { isoGitObjects } from './iso-git-objects';

/** Which client runs a sync: found on the machine ('auto'), or one named (tests, measurement). */
export type GitClientChoice = 'auto' | 'system' | 'isomorphic-git';

let found: Promise<boolean> | undefined;

/** Whether a `git` runs from this PATH; asked once per process unless `path` is given. */
export function hasSystemGit(path = process.env.PATH): Promise<boolean> {
  const ask = () =>
    new Promise<boolean>((resolve) => {
      const child = spawn('git', ['--version'], { env: { PATH: path ?? '' }, stdio: 'ignore' });
      child.on('error', () => resolve(false));
      child.on('close', (code) => resolve(code === 0));
    });
  if (path !== process.env.PATH) return ask();
  found ??= ask();
  return found;
}

/** What opening a store's git client needs. */
export interface OpenGitClient {
  storeDir: string;
  /** The remote's URL without credentials. */
  remote: string | undefined;
  /** The system git's call settings (credential header and helpers, progress). */
  options?: Omit<GitOptions, 'cwd'>;
  /** isomorphic-git's credential header. */
  credentials?: { user: string; password: string };
  choice?: GitClientChoice;
  /** Only the store's own history is read (no remote is reached), so any remote kind will do. */
  localOnly?: boolean;
  /** Whether a system git runs here (`hasSystemGit` unless a test hides it). */
  findGit?: () => Promise<boolean>;
}

/**
 * The client a store syncs through: the system `git` wherever one is installed (every remote
 * kind, and it is what the README's measurements favour), else isomorphic-git for an https (or
 * local http) remote. Without git, an ssh, file or folder remote cannot be reached: throws a
 * UserFacingError saying to install git (unless `localOnly`).
 */
export async function openGitClient({
  storeDir,
  remote,
  options = {},
  credentials,
  choice = 'auto',
  localOnly,
  findGit = () => hasSystemGit(),
}: OpenGitClient): Promise<GitClient> {
  const system = choice === 'system' || (choice === 'auto' && (await findGit()));
  if (system) return gitObjects(storeDir, options);
  if (!localOnly && (remote === undefined || !/^https?:\/\//i.test(remote))) {
    throw new UserFacingError(
      'invalid-request',
      `This machine has no git, which ${remote ?? 'a casebook that is not connected'} needs: install git (https://git-scm.com/downloads), or connect an https remote, which works without it.`,
    );
  }
  const headers: Record<string, string> = { 'user-agent': 'factmark' };
  if (credentials) headers.Authorization = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}`;
  return isoGitObjects(storeDir, remote ?? '', headers);
}
