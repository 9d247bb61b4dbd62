import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileVersion, GitClient } from './git-client';
import { GitError, runGit, type GitOptions } from './git-runner';

/** The tree with no entries; the base of a merge between histories that share no commit. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** One entry of a tree as git records it. */
export interface TreeEntry {
  mode: string;
  sha: string;
  path: string;
}

/** One path that differs between two trees: its entry before and after (undefined where absent). */
export interface TreeChange {
  path: string;
  before?: TreeEntry;
  after?: TreeEntry;
}

const ZERO = /^0+$/;

/** The git repository of one store folder, through the system `git` and its pinned runner. */
export function gitObjects(cwd: string, base: Omit<GitOptions, 'cwd' | 'input'> = {}): GitClient {
  const git = (args: string[], input?: string, env?: NodeJS.ProcessEnv) =>
    runGit(args, { ...base, cwd, input, env: { ...base.env, ...env } });

  return {
    name: 'system git',

    /** The commit a ref names, or undefined when it does not exist. */
    async resolve(ref: string): Promise<string | undefined> {
      const out = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => undefined);
      return out?.toString().trim() || undefined;
    },

    /** Whether `ancestor` is reachable from `commit`. */
    async isAncestor(ancestor: string, commit: string): Promise<boolean> {
      return git(['merge-base', '--is-ancestor', ancestor, commit]).then(
        () => true,
        () => false,
      );
    },

    /** The best common ancestor of two commits, or undefined when their histories share none. */
    async mergeBase(a: string, b: string): Promise<string | undefined> {
      const out = await git(['merge-base', a, b]).catch(() => undefined);
      return out?.toString().trim() || undefined;
    },

    /** Every path that differs between two trees or commits, with both entries; no renames, no content read. */
    async diff(from: string, to: string): Promise<TreeChange[]> {
      const out = (await git(['diff-tree', '-r', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', from, to])).toString('utf8');
      return parseRawDiff(out);
    },

    /** Sizes of blobs (or -1 for a missing object), by sha. */
    async sizes(shas: readonly string[]): Promise<Map<string, number>> {
      const sizes = new Map<string, number>();
      if (shas.length === 0) return sizes;
      const out = (await git(['cat-file', '--batch-check'], shas.join('\n') + '\n')).toString('utf8');
      for (const line of out.split('\n')) {
        const [sha, type, size] = line.split(' ');
        if (sha) sizes.set(sha, type === 'missing' || size === undefined ? -1 : Number(size));
      }
      return sizes;
    },

    /** The bytes of blobs, by sha, exactly as stored: no filter, eol or encoding conversion. */
    async blobs(shas: readonly string[]): Promise<Map<string, Buffer>> {
      const found = new Map<string, Buffer>();
      const unique = [...new Set(shas)];
      if (unique.length === 0) return found;
      const out = await git(['cat-file', '--batch'], unique.join('\n') + '\n');
      let at = 0;
      while (at < out.length) {
        const newline = out.indexOf(10, at);
        const [sha, type, size] = out.subarray(at, newline).toString('utf8').split(' ');
        at = newline + 1;
        if (!sha || type === 'missing' || size === undefined) continue;
        found.set(sha, out.subarray(at, at + Number(size)));
        at += Number(size) + 1;
      }
      return found;
    },

    /** Stores bytes as a blob without any conversion; resolves with its sha. */
    async writeBlob(bytes: string | Uint8Array): Promise<string> {
      return (await runGit(['hash-object', '-w', '--no-filters', '--stdin'], { ...base, cwd, input: bytes })).toString().trim();
    },

    /**
     * A tree made from `baseTree` with `entries` put in (an entry with sha undefined removed),
     * built in a private index so the store's own index and files are untouched.
     */
    async buildTree(baseTree: string, entries: readonly { path: string; mode?: string; sha?: string }[]): Promise<string> {
      const index = join(cwd, '.git', `factmark-build-${process.pid}.index`);
      const env = { GIT_INDEX_FILE: index };
      try {
        await git(['read-tree', baseTree], undefined, env);
        if (entries.length > 0) await git(['update-index', '-z', '--index-info'], indexInfo(entries), env);
        return (await git(['write-tree'], undefined, env)).toString().trim();
      } finally {
        await rm(index, { force: true });
      }
    },

    /** Records entries in the store's own index (what is in the work tree), without reading any file. */
    async setIndexEntries(entries: readonly { path: string; mode?: string; sha?: string }[]): Promise<void> {
      if (entries.length > 0) await git(['update-index', '-z', '--index-info'], indexInfo(entries));
    },

    /** A commit of `tree` on `parents`, authored and committed by the given people; resolves with its sha. */
    async commit(tree: string, parents: readonly string[], message: string, author: Person, committer: Person): Promise<string> {
      const env = {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        ...(author.date ? { GIT_AUTHOR_DATE: author.date } : {}),
      };
      const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'];
      return (await git(args, message, env)).toString().trim();
    },

    /** Moves `ref` to `sha` only if it still names `expected` (undefined: only if it does not exist yet). */
    async updateRef(ref: string, sha: string, expected: string | undefined): Promise<void> {
      await git(['update-ref', ref, sha, expected ?? '0'.repeat(40)]);
    },

    async setRef(ref, sha) {
      await git(['update-ref', ref, sha]);
    },

    async init() {
      if (!(await stat(join(cwd, '.git')).catch(() => undefined))) await git(['init', '--quiet', '-b', 'main']);
    },

    async indexTree() {
      return (await git(['write-tree'])).toString().trim();
    },

    async stageWorkTree(pathspecs) {
      await git(['add', '--ignore-removal', '--', ...pathspecs]);
    },

    async removedFromWorkTree(pathspecs) {
      return (await git(['ls-files', '--deleted', '-z', '--', ...pathspecs])).toString('utf8').split('\0').filter(Boolean);
    },

    async removedBy(from, to, path) {
      const range = from ? [`${from}..${to}`] : [to];
      const out = await git(['log', '-1', '--no-merges', '--diff-filter=D', '--format=%ae', ...range, '--', path]);
      return out.toString('utf8').trim() || undefined;
    },

    async getConfig(key) {
      return (await git(['config', '--get', key]).catch(() => undefined))?.toString().trim() || undefined;
    },

    async setConfig(key, value) {
      await git(['config', key, value]);
    },

    async remoteDefaultBranch() {
      const out = (await git(['ls-remote', '--symref', 'origin', 'HEAD'])).toString();
      const named = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out)?.[1];
      return named && /^[0-9a-f]{40}\tHEAD$/m.test(out) ? named : undefined;
    },

    async fetch(branch, tracking) {
      try {
        await git([
          'fetch',
          '--quiet',
          '--no-tags',
          '--no-recurse-submodules',
          '--no-write-fetch-head',
          'origin',
          `+refs/heads/${branch}:${tracking}`,
        ]);
      } catch (error) {
        if (error instanceof GitError && /couldn't find remote ref/i.test(error.stderr)) return undefined;
        throw error;
      }
      return this.resolve(tracking);
    },

    async push(head, branch) {
      await git(['push', '--quiet', '--no-verify', 'origin', `${head}:refs/heads/${branch}`]);
    },

    async countAhead(ref) {
      const tracking = (await git(['for-each-ref', '--format=%(refname)', 'refs/remotes/origin/']))
        .toString()
        .trim()
        .split('\n')
        .filter(Boolean);
      const out = await git(['rev-list', '--count', ref, ...tracking.map((t) => `^${t}`)]).catch(() => Buffer.from('0'));
      return Number(out.toString().trim()) || 0;
    },

    async fileVersions(ref, dir) {
      // --date-order: never a commit before its parent, which git's default order allows for commits made in the same second.
      const out = (
        await git(['log', '--reverse', '--date-order', '--no-abbrev', '--raw', '--no-renames', '--format=@%aI', ref, '--', `${dir}/`])
      ).toString('utf8');
      const versions: FileVersion[] = [];
      let committed = '';
      for (const line of out.split('\n')) {
        if (line.startsWith('@')) committed = line.slice(1);
        const raw = /^:\d+ (\d+) [0-9a-f]+ ([0-9a-f]+) \w+\t(.+)$/.exec(line);
        if (!raw || ZERO.test(raw[2] as string)) continue;
        versions.push({ path: raw[3] as string, sha: raw[2] as string, committed });
      }
      return versions;
    },
  };
}

/** The client a sync runs on; see `GitClient`. */
export type GitObjects = GitClient;

/** Who authors or commits: a git name and address, and optionally when. */
export interface Person {
  name: string;
  email: string;
  date?: string;
}

function indexInfo(entries: readonly { path: string; mode?: string; sha?: string }[]): string {
  // A mode of 0 removes the path from the index.
  return entries.map((e) => (e.sha ? `${e.mode ?? '100644'} ${e.sha}\t${e.path}\0` : `0 ${'0'.repeat(40)}\t${e.path}\0`)).join('');
}

/** Parses `git diff-tree -r -z` raw output: `:oldmode newmode oldsha newsha status\0path\0`. */
function parseRawDiff(out: string): TreeChange[] {
  const fields = out.split('\0');
  const changes: TreeChange[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = fields[i] as string;
    const path = fields[i + 1] as string;
    if (!meta.startsWith(':')) continue;
    const [oldMode, newMode, oldSha, newSha] = meta.slice(1).split(' ') as [string, string, string, string];
    changes.push({
      path,
      before: ZERO.test(oldSha) ? undefined : { mode: oldMode, sha: oldSha, path },
      after: ZERO.test(newSha) ? undefined : { mode: newMode, sha: newSha, path },
    });
  }
  return changes;
}
