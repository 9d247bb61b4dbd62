import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GitClient } from './git-client';

/**
 * Attributes that outrank every `.gitattributes` a remote could carry (`info/attributes` comes
 * first in git's order): no filter, eol, encoding, ident or merge driver ever applies, so the
 * bytes committed are the bytes the store wrote and a checkout never runs a program.
 */
const NEUTRAL_ATTRIBUTES = '* -text -eol -crlf -filter -ident -working-tree-encoding -merge -diff -export-subst -delta\n';

/** The branch a casebook syncs, unless the remote's default branch says otherwise. */
export const DEFAULT_BRANCH = 'main';

/** Where sync keeps its own state inside the store's `.git` folder. */
export function syncStatePath(storeDir: string, name: string): string {
  return join(storeDir, '.git', `factmark-${name}`);
}

/**
 * Makes the store folder a git work tree if it is not one (branch `main`), writes the neutral
 * attributes, and points `origin` at `remote` when given (its user and password, if any, are
 * never written: the caller passes them per call). Resolves with the remote's URL as recorded,
 * or undefined when the store has none yet.
 */
export async function prepareRepository(client: GitClient, storeDir: string, remote: string | undefined): Promise<string | undefined> {
  await mkdir(storeDir, { recursive: true });
  await client.init();
  await mkdir(join(storeDir, '.git', 'info'), { recursive: true });
  await writeFile(join(storeDir, '.git', 'info', 'attributes'), NEUTRAL_ATTRIBUTES);
  await removeHooks(storeDir);
  const recorded = await client.getConfig('remote.origin.url');
  if (remote === undefined) return recorded;
  const bare = withoutCredentials(remote);
  if (recorded !== bare) {
    await client.setConfig('remote.origin.url', bare);
    await client.setConfig('remote.origin.fetch', '+refs/heads/*:refs/remotes/origin/*');
  }
  return bare;
}

/**
 * The remote a store was connected to, read from `.git/config` without running git (so it
 * works whichever client is installed), or undefined for a store never connected.
 */
export async function recordedRemote(storeDir: string): Promise<string | undefined> {
  const text = await readFile(join(storeDir, '.git', 'config'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let inOrigin = false;
  for (const line of text.split('\n')) {
    const section = /^\s*\[\s*([^\]]+?)\s*\]/.exec(line);
    if (section) inOrigin = /^remote\s+"origin"$/.test(section[1] as string);
    const url = inOrigin ? /^\s*url\s*=\s*(.*?)\s*$/.exec(line) : null;
    if (url) return (url[1] as string).replace(/^"(.*)"$/, '$1').replace(/\\(["\\])/g, '$1');
  }
  return undefined;
}

/** The URL without a user or password, which stay out of the store's `.git/config`. */
export function withoutCredentials(url: string): string {
  if (!/^[a-z+]+:\/\//i.test(url)) return url;
  try {
    const parsed = new URL(url);
    if (!parsed.password && !parsed.username) return url;
    if (parsed.protocol === 'ssh:') return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** The user and password a URL carries (https only), for this call's credential header. */
export function credentialsOf(url: string | undefined): { user: string; password: string } | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.password ? { user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes lock files a git process killed mid-write left in the store's `.git` folder. Only the
 * holder of the sync lock calls it, and sync is the only thing running git in a store, so a lock
 * seen here belongs to a dead process. Sync's own lock (`factmark-…`) is left to its holder.
 */
export async function removeStaleGitLocks(storeDir: string): Promise<void> {
  const gitDir = join(storeDir, '.git');
  const walk = async (dir: string, depth: number): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && depth < 6 && entry.name !== 'objects') await walk(path, depth + 1);
      else if (entry.isFile() && entry.name.endsWith('.lock') && !entry.name.startsWith('factmark-')) await rm(path, { force: true });
    }
  };
  await walk(gitDir, 0);
}

/** The sample hooks `git init` copies in never run (hooks are pinned off), but a store carries none at all. */
async function removeHooks(storeDir: string): Promise<void> {
  await rm(join(storeDir, '.git', 'hooks'), { recursive: true, force: true });
}
