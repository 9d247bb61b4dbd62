import { join } from 'node:path';
import type { Creator } from '../../shared/model/annotation';
import { UserFacingError } from '../../shared/ipc/result';
import { acquireStoreLock } from '../store/store-lock';
import { commitStoreChanges } from './commit-store-changes';
import { readCredentialSettings, type EnvSetting } from './credential-settings';
import type { GitObjects } from './git-objects';
import { openGitClient, type GitClientChoice } from './open-git-client';
import { GitError, type GitOptions } from './git-runner';
import { mergeRemote, type RefusedFile } from './merge-remote';
import { recoverMaterializing } from './materialize';
import {
  credentialsOf,
  DEFAULT_BRANCH,
  prepareRepository,
  recordedRemote,
  removeStaleGitLocks,
  withoutCredentials,
} from './sync-repository';

/** How a sync ended, as `factmark sync` prints it and the toolbar shows it. */
export type SyncStatus = 'synced' | 'offline' | 'auth' | 'refused';

/** The outcome of one sync. */
export interface SyncResult {
  status: SyncStatus;
  /** Files written into the store from the remote. */
  pulled: number;
  /** Files the remote received from this store. */
  pushed: number;
  /** Files from the remote not taken, with why. */
  refused: RefusedFile[];
  /** Commits made here that the remote does not have yet (queued while offline). */
  toSend: number;
  /** Why the status is not 'synced', in words for the analyst. */
  reason?: string;
}

/** What one sync needs. */
export interface SyncOptions {
  storeDir: string;
  /** The remote to connect to; afterwards the one recorded in the store is used. */
  remote?: string;
  /** The store's analyst: author of workspace commits and committer of every commit. */
  me: Creator;
  /** A user and token for https remotes, sent as a header for this sync only (never written). */
  credentials?: { user: string; password: string };
  /**
   * The analyst's git credential helpers, used when no token is given or it is not enough; by
   * default read once from their global and system git config (`readCredentialSettings`).
   */
  credentialSettings?: readonly EnvSetting[];
  /** The home folder those helpers keep their files in; the analyst's by default. */
  userHome?: string;
  /** The git client: the system git where installed, else isomorphic-git (`openGitClient`). */
  gitClient?: GitClientChoice;
  /** Largest file taken from the remote. */
  maxFileBytes?: number;
  /** Hears progress and git's own messages. */
  onProgress?: (text: string) => void;
  /** Waits between push attempts; injected so tests do not wait. */
  sleep?: (ms: number) => Promise<void>;
}

/** Largest file taken from a remote by default: above the 50 MB import limit, so any source an analyst imported fits. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Push attempts before a sync gives up the race (its commits stay queued for the next sync); waits grow to about 2 s. */
const PUSH_ATTEMPTS = 30;

/**
 * Syncs the store with its remote: commits what the store wrote (`commitStoreChanges`), fetches
 * the remote's branch and merges it (`mergeRemote`: checked, shared files merged, nothing
 * refused ever written), then pushes; a push that lost a race fetches, merges and tries again
 * with growing waits. With `remote` on first use it connects: an empty store takes the
 * casebook, a store with work pushes it (creating `main` on an empty remote). Unreachable →
 * 'offline' and credentials wanted → 'auth', the commits staying queued; a push the remote turns
 * down → 'refused'. Only one sync runs in a store at a time (a lock in `.git`); a sync killed
 * half-way is finished by the next one. Throws a UserFacingError when the store has no remote
 * or git fails otherwise.
 */
export async function syncCasebook(options: SyncOptions): Promise<SyncResult> {
  const credentials = options.credentials ?? credentialsOf(options.remote);
  const secrets = credentials ? [credentials.password, basicAuth(credentials)] : [];
  const hide = (text: string) => redact(text, secrets);
  const onProgress = options.onProgress && ((text: string) => options.onProgress?.(hide(text)));
  try {
    const result = await syncWith({ ...options, credentials, onProgress });
    return result.reason === undefined ? result : { ...result, reason: hide(result.reason) };
  } catch (error) {
    if (error instanceof Error) error.message = hide(error.message);
    throw error;
  }
}

async function syncWith(options: SyncOptions): Promise<SyncResult> {
  const { storeDir, me, credentials } = options;
  const helpers = options.credentialSettings ?? (await userCredentialSettings());
  const call = (remote: string | undefined) =>
    gitCallOptions(remote, credentials, helpers, options.userHome ?? process.env.HOME, options.onProgress);
  const recorded = options.remote ?? (await recordedRemote(storeDir));
  if (recorded === undefined)
    throw new UserFacingError('invalid-request', `The store ${storeDir} has no remote yet; connect it with --remote URL.`);
  const objects = await openGitClient({
    storeDir,
    remote: withoutCredentials(recorded),
    options: call(recorded),
    credentials,
    choice: options.gitClient,
  });
  const remote = await prepareRepository(objects, storeDir, options.remote);
  const lock = await acquireStoreLock(join(storeDir, '.git'), 'factmark-sync.lock');
  try {
    await removeStaleGitLocks(storeDir);
    await recoverMaterializing(objects, storeDir);
    return await runSync(objects, { ...options, remote }, me);
  } finally {
    await lock.release();
  }
}

let userSettings: Promise<EnvSetting[]> | undefined;

/** The analyst's credential helpers, read once per process: their git config does not change under a running app. */
function userCredentialSettings(): Promise<EnvSetting[]> {
  userSettings ??= readCredentialSettings();
  return userSettings;
}

function basicAuth(credentials: { user: string; password: string }): string {
  return Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64');
}

/** `text` with every secret in it masked, so a token never reaches a message, a log or the toolbar. */
function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length > 0).reduce((out, secret) => out.split(secret).join('•••'), text);
}

async function runSync(objects: GitObjects, options: SyncOptions, me: Creator): Promise<SyncResult> {
  const branchRef = `refs/heads/${DEFAULT_BRANCH}`;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  await commitStoreChanges(objects, options.storeDir, me, branchRef);
  const result: SyncResult = { status: 'synced', pulled: 0, pushed: 0, refused: [], toSend: 0 };
  try {
    const remoteBranch = await remoteDefaultBranch(objects);
    const tracking = `refs/remotes/origin/${remoteBranch}`;
    for (let attempt = 1; ; attempt++) {
      const theirs = await objects.fetch(remoteBranch, tracking);
      if (theirs) {
        const merged = await mergeRemote(objects, options.storeDir, theirs, {
          me,
          maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
          branchRef,
        });
        result.pulled += merged.pulled;
        result.refused.push(...merged.refused);
        for (const note of merged.notes) options.onProgress?.(`${note}\n`);
      }
      const head = await objects.resolve(branchRef);
      if (!head || head === theirs) break;
      const sending = theirs
        ? (await objects.diff(theirs, head)).length
        : (await objects.diff('4b825dc642cb6eb9a060e54bf8d69288fbee4904', head)).length;
      try {
        await objects.push(head, remoteBranch);
        await objects.setRef(tracking, head);
        result.pushed += sending;
        break;
      } catch (error) {
        if (!(error instanceof GitError) || !lostRace(error)) throw error;
        if (attempt >= PUSH_ATTEMPTS)
          throw new GitError(
            'refused',
            `colleagues pushed first ${attempt} times in a row; your changes are kept and sent on the next sync`,
            error.args,
          );
        options.onProgress?.(`A colleague pushed first; merging their work and trying again (attempt ${attempt + 1}).\n`);
        await sleep(Math.min(2_000, 100 * 2 ** attempt) * (0.5 + Math.random()));
      }
    }
  } catch (error) {
    if (!(error instanceof GitError) || error.kind === 'failed') throw asFailure(error);
    result.status = error.kind;
    result.reason = describeFailure(error, options.remote ?? 'the remote');
  }
  result.toSend = await objects.countAhead(branchRef);
  return result;
}

/**
 * The settings every git call of this sync adds: http for an http remote, the analyst's
 * credential helpers and the credential header, both through the environment (no other user
 * sees a token in a process list).
 */
function gitCallOptions(
  remote: string | undefined,
  credentials: { user: string; password: string } | undefined,
  helpers: readonly EnvSetting[],
  home: string | undefined,
  onProgress?: (text: string) => void,
): Omit<GitOptions, 'cwd'> {
  const header: EnvSetting[] = credentials ? [['http.extraHeader', `Authorization: Basic ${basicAuth(credentials)}`]] : [];
  return {
    config: remote?.startsWith('http://') ? ['protocol.http.allow=always'] : [],
    settings: [...helpers, ...header],
    ...(helpers.length > 0 && home ? { home } : {}),
    onStderr: onProgress,
  };
}

/** The remote's default branch (what its HEAD names), or `main` for an empty remote. */
async function remoteDefaultBranch(objects: GitObjects): Promise<string> {
  const known = await objects.getConfig('factmark.branch');
  if (known) return known;
  const named = await objects.remoteDefaultBranch();
  if (!named) return DEFAULT_BRANCH;
  // Asked once: the remote's default branch does not change under a casebook.
  await objects.setConfig('factmark.branch', named);
  return named;
}

function lostRace(error: GitError): boolean {
  return /\[rejected\][^\n]*\((fetch first|non-fast-forward)\)|cannot lock ref|failed to update ref|push rejected \(not a fast-forward\)/i.test(
    error.stderr,
  );
}

function describeFailure(error: GitError, remote: string): string {
  const line =
    error.stderr
      .trim()
      .split('\n')
      .filter((l) => !/^\s*$/.test(l))
      .slice(-1)[0] ?? '';
  switch (error.kind) {
    case 'offline':
      return `The remote cannot be reached; changes are kept and sent on the next sync (${line.replace(/^fatal: /, '')}).`;
    case 'auth':
      return `Authentication failed for ${remote}: enter a user and token in Settings › Team, or sign in with git's credential helper (${line.replace(/^fatal: /, '')}).`;
    case 'refused':
    case 'failed':
      return `The remote refused the changes: ${line.replace(/^(error|fatal|remote): /, '')}`;
  }
}

function asFailure(error: unknown): Error {
  if (error instanceof GitError) return new UserFacingError('store-failed', `Sync failed: ${error.message}`);
  return error instanceof Error ? error : new Error(String(error));
}
