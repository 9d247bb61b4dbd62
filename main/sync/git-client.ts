import type { Person, TreeChange } from './git-objects';

/** One committed version of a file: its blob and when its commit was made (ISO). */
export interface FileVersion {
  path: string;
  sha: string;
  committed: string;
}

/**
 * Everything sync asks of git, in its own terms, so one engine runs on either client: the
 * system `git` (`gitObjects`) or isomorphic-git where no git is installed (`isoGitObjects`).
 * Refs are full names (`refs/heads/main`); a tree is named by its sha, a commit's by
 * `<commit>^{tree}`. Network failures reject with a GitError whose kind says offline, auth or
 * refused.
 */
export interface GitClient {
  /** Which client this is, for messages and measurement. */
  readonly name: 'system git' | 'isomorphic-git';
  /** The commit a ref names, or undefined when it does not exist. */
  resolve(ref: string): Promise<string | undefined>;
  /** Whether `ancestor` is reachable from `commit`. */
  isAncestor(ancestor: string, commit: string): Promise<boolean>;
  /** The best common ancestor of two commits, or undefined when their histories share none. */
  mergeBase(a: string, b: string): Promise<string | undefined>;
  /** Every path that differs between two trees or commits, with both entries; no renames, no content read. */
  diff(from: string, to: string): Promise<TreeChange[]>;
  /** Sizes of blobs (or -1 for a missing object), by sha. */
  sizes(shas: readonly string[]): Promise<Map<string, number>>;
  /** The bytes of blobs, by sha, exactly as stored: no filter, eol or encoding conversion. */
  blobs(shas: readonly string[]): Promise<Map<string, Buffer>>;
  /** Stores bytes as a blob without any conversion; resolves with its sha. */
  writeBlob(bytes: string | Uint8Array): Promise<string>;
  /** A tree made from `baseTree` with `entries` put in (an entry with sha undefined removed); the store's index and files untouched. */
  buildTree(baseTree: string, entries: readonly { path: string; mode?: string; sha?: string }[]): Promise<string>;
  /** Records entries in the store's index (what is in the work tree), without reading any file. */
  setIndexEntries(entries: readonly { path: string; mode?: string; sha?: string }[]): Promise<void>;
  /** A commit of `tree` on `parents`; resolves with its sha. */
  commit(tree: string, parents: readonly string[], message: string, author: Person, committer: Person): Promise<string>;
  /** Moves `ref` to `sha` only if it still names `expected` (undefined: only if it does not exist yet). */
  updateRef(ref: string, sha: string, expected: string | undefined): Promise<void>;
  /** Points `ref` at `sha` whatever it named (a remote-tracking ref). */
  setRef(ref: string, sha: string): Promise<void>;
  /** Makes the store folder a repository (branch `main`) if it is not one. */
  init(): Promise<void>;
  /** The tree the index holds now. */
  indexTree(): Promise<string>;
  /** Records in the index every work-tree file under `pathspecs` that changed or is new (removals are left alone). */
  stageWorkTree(pathspecs: readonly string[]): Promise<void>;
  /** Index paths under `pathspecs` whose work-tree file is gone (the store removed it). */
  removedFromWorkTree(pathspecs: readonly string[]): Promise<string[]>;
  /**
   * The author address of the newest commit after `from` up to `to` that removed `path` (first
   * parents compared, merges skipped), or undefined when none did.
   */
  removedBy(from: string | undefined, to: string, path: string): Promise<string | undefined>;
  /** A setting of the store's own repository, or undefined. */
  getConfig(key: string): Promise<string | undefined>;
  setConfig(key: string, value: string): Promise<void>;
  /** The branch the remote's HEAD names, or undefined for an empty remote. */
  remoteDefaultBranch(): Promise<string | undefined>;
  /** Fetches the remote's `branch` into `tracking`; resolves with its commit, or undefined when the remote has no such branch. */
  fetch(branch: string, tracking: string): Promise<string | undefined>;
  /** Pushes `head` to the remote's `branch`; a lost race rejects with a GitError for which `lostRace` holds. */
  push(head: string, branch: string): Promise<void>;
  /** Commits on `ref` that no remote-tracking ref holds. */
  countAhead(ref: string): Promise<number>;
  /** Every committed version of the files under `dir` on `ref`, oldest first, each commit compared with its first parent (merges add none). */
  fileVersions(ref: string, dir: string): Promise<FileVersion[]>;
}
