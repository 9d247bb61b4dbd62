import * as fs from 'node:fs';
import { Buffer } from 'node:buffer';
import git, { STAGE, WORKDIR, type TreeEntry as IsoTreeEntry } from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { join } from 'node:path';
import { classifyCasebookPath } from '../../shared/sync/casebook-layout';
import type { FileVersion, GitClient } from './git-client';
import { EMPTY_TREE, type TreeChange, type TreeEntry } from './git-objects';
import { GitError, type GitFailureKind } from './git-runner';
import { gitBlobSha } from './materialize';
import { parentsFirst, type CommitNode } from './parents-first';

/** Where a remote ref is pushed from: isomorphic-git pushes refs, not commits. */
const PUSH_REF = 'refs/factmark/push';
const TREE_MODE = '040000';

/**
 * The git repository of one store folder through isomorphic-git, for machines with no `git`
 * installed: the same `GitClient` the engine runs on, over https (or http to a local server)
 * only — isomorphic-git has no ssh or file transport. It runs no hooks, filters or
 * configuration programs at all. `headers` carries the credential header of this sync.
 */
export function isoGitObjects(dir: string, url: string, headers: Record<string, string> = {}): GitClient {
  const cache = {};
  const base = { fs, dir, cache };
  // A fresh header object per call: isomorphic-git adds `Git-Protocol: version=2` to the one it is given.
  const network = () => ({ ...base, http, url, headers: { ...headers } });
  const commitOf = async (ref: string) => git.resolveRef({ fs, dir, ref }).catch(() => undefined);

  /** A tree's sha from a sha or `<commit>^{tree}`. */
  const treeOf = async (name: string): Promise<string> => {
    if (name === EMPTY_TREE) return EMPTY_TREE;
    const oid = name.endsWith('^{tree}') ? name.slice(0, -'^{tree}'.length) : name;
    return (await git.readTree({ ...base, oid })).oid;
  };
  const entriesOf = async (tree: string): Promise<IsoTreeEntry[]> =>
    tree === EMPTY_TREE ? [] : (await git.readTree({ ...base, oid: tree })).tree;

  async function diffTrees(a: string, b: string, prefix: string, out: TreeChange[]): Promise<void> {
    if (a === b) return;
    const before = new Map((await entriesOf(a)).map((e) => [e.path, e]));
    const after = new Map((await entriesOf(b)).map((e) => [e.path, e]));
    for (const name of new Set([...before.keys(), ...after.keys()])) {
      const x = before.get(name);
      const y = after.get(name);
      const path = `${prefix}${name}`;
      if (x && y && x.oid === y.oid && x.mode === y.mode) continue;
      if (x?.type === 'tree' || y?.type === 'tree') {
        await diffTrees(x?.type === 'tree' ? x.oid : EMPTY_TREE, y?.type === 'tree' ? y.oid : EMPTY_TREE, `${path}/`, out);
        if (x && x.type !== 'tree') out.push({ path, before: entry(x, path) });
        if (y && y.type !== 'tree') out.push({ path, after: entry(y, path) });
        continue;
      }
      out.push({ path, ...(x ? { before: entry(x, path) } : {}), ...(y ? { after: entry(y, path) } : {}) });
    }
  }

  /** Writes the tree `base` with `changes` (path → entry, or null to remove) put in; resolves with its sha. */
  async function writeTreeWith(baseTree: string, changes: Map<string, { mode: string; sha: string } | null>): Promise<string> {
    const entries = new Map((await entriesOf(baseTree)).map((e) => [e.path, e]));
    const below = new Map<string, Map<string, { mode: string; sha: string } | null>>();
    for (const [path, change] of changes) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        if (change) entries.set(path, { path, mode: change.mode, oid: change.sha, type: 'blob' });
        else entries.delete(path);
        continue;
      }
      const head = path.slice(0, slash);
      const sub = below.get(head) ?? new Map<string, { mode: string; sha: string } | null>();
      sub.set(path.slice(slash + 1), change);
      below.set(head, sub);
    }
    for (const [name, sub] of below) {
      const current = entries.get(name);
      const tree = await writeTreeWith(current?.type === 'tree' ? current.oid : EMPTY_TREE, sub);
      if (tree === EMPTY_TREE) entries.delete(name);
      else entries.set(name, { path: name, mode: TREE_MODE, oid: tree, type: 'tree' });
    }
    if (entries.size === 0) return EMPTY_TREE;
    return git.writeTree({ ...base, tree: [...entries.values()] });
  }

  /** Every commit reachable from `tip`, each once: isomorphic-git's log lists a commit again for each path that reaches it. */
  async function commitsFrom(tip: string): Promise<(CommitNode & { authored: number })[]> {
    const found = new Map<string, CommitNode & { authored: number }>();
    for (const pending = [tip]; pending.length > 0;) {
      const oid = pending.pop() as string;
      if (found.has(oid)) continue;
      const { commit } = await git.readCommit({ ...base, oid });
      found.set(oid, { oid, parents: commit.parent, time: commit.committer.timestamp, authored: commit.author.timestamp });
      pending.push(...commit.parent.filter((p) => !found.has(p)));
    }
    return [...found.values()];
  }

  const client: GitClient = {
    name: 'isomorphic-git',
    resolve: commitOf,

    async isAncestor(ancestor, commit) {
      return ancestor === commit || git.isDescendent({ ...base, oid: commit, ancestor, depth: -1 }).catch(() => false);
    },

    async mergeBase(a, b) {
      return (await git.findMergeBase({ ...base, oids: [a, b] }))[0] as string | undefined;
    },

    async diff(from, to) {
      const out: TreeChange[] = [];
      await diffTrees(await treeOf(from), await treeOf(to), '', out);
      return out;
    },

    async sizes(shas) {
      const sizes = new Map<string, number>();
      for (const oid of shas) {
        const object = await git.readObject({ ...base, oid, format: 'content' }).catch(() => undefined);
        sizes.set(oid, object && object.object instanceof Uint8Array ? object.object.byteLength : -1);
      }
      return sizes;
    },

    async blobs(shas) {
      const found = new Map<string, Buffer>();
      for (const oid of new Set(shas)) {
        const read = await git.readBlob({ ...base, oid }).catch(() => undefined);
        if (read) found.set(oid, Buffer.from(read.blob));
      }
      return found;
    },

    writeBlob: (bytes) => git.writeBlob({ ...base, blob: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes }),

    async buildTree(baseTree, entries) {
      const changes = new Map(entries.map((e) => [e.path, e.sha ? { mode: e.mode ?? '100644', sha: e.sha } : null]));
      return writeTreeWith(await treeOf(baseTree), changes);
    },

    async setIndexEntries(entries) {
      // One `add` of many files writes the index once; `updateIndex` rewrites it per file, which
      // makes a clone grow with the square of its files. Only files whose bytes on disk are the
      // entry's blob go that way: a pulled shared file the store merged again keeps the entry's
      // sha in the index, so the next sync sees (and commits) the merge.
      const onDisk: string[] = [];
      for (const e of entries) {
        const bytes = e.sha ? await fs.promises.readFile(join(dir, e.path)).catch(() => undefined) : undefined;
        if (bytes && gitBlobSha(bytes) === e.sha && (e.mode ?? '100644') === '100644') onDisk.push(e.path);
        else if (e.sha)
          await git.updateIndex({ ...base, filepath: e.path, oid: e.sha, mode: Number.parseInt(e.mode ?? '100644', 8), add: true });
        else await git.updateIndex({ ...base, filepath: e.path, remove: true, force: true });
      }
      if (onDisk.length > 0) await git.add({ ...base, filepath: onDisk, force: true });
    },

    async commit(tree, parents, message, author, committer) {
      const person = (p: typeof author) => {
        const at = p.date ? new Date(p.date) : new Date();
        return { name: p.name, email: p.email, timestamp: Math.floor(at.getTime() / 1000), timezoneOffset: 0 };
      };
      const oid = tree === EMPTY_TREE ? await git.writeTree({ ...base, tree: [] }) : tree;
      return git.writeCommit({
        ...base,
        commit: { message, tree: oid, parent: [...parents], author: person(author), committer: person(committer) },
      });
    },

    async updateRef(ref, sha, expected) {
      // One sync runs in a store at a time (the sync lock): checking, then writing, cannot be raced here.
      const current = await commitOf(ref);
      if (current !== expected) throw new GitError('failed', `cannot lock ref '${ref}': it moved`, ['update-ref']);
      await git.writeRef({ ...base, ref, value: sha, force: true });
    },

    async setRef(ref, sha) {
      await git.writeRef({ ...base, ref, value: sha, force: true });
    },

    async init() {
      if (!fs.existsSync(`${dir}/.git`)) await git.init({ fs, dir, defaultBranch: 'main' });
    },

    async indexTree() {
      const staged = new Map<string, { mode: string; sha: string }>();
      await git.walk({
        ...base,
        trees: [STAGE()],
        map: async (path, [entry]) => {
          if (!entry || path === '.') return true;
          if ((await entry.type()) !== 'blob') return true;
          staged.set(path, { mode: (await entry.mode()).toString(8), sha: await entry.oid() });
          return true;
        },
      });
      return writeTreeWith(EMPTY_TREE, staged);
    },

    async stageWorkTree() {
      const changed: string[] = [];
      await git.walk({
        ...base,
        trees: [WORKDIR(), STAGE()],
        map: async (path, [work, stage]) => {
          if (path === '.') return true;
          if (path === '.git' || path.startsWith('.git/')) return null;
          if (!work || (await work.type()) !== 'blob') return (await work?.type()) === 'tree' ? true : null;
          if (!classifyCasebookPath(path)) return null;
          if (!stage || (await stage.oid()) !== (await work.oid())) changed.push(path);
          return null;
        },
      });
      for (const filepath of changed) await git.add({ ...base, filepath });
    },

    async removedFromWorkTree() {
      const removed: string[] = [];
      await git.walk({
        ...base,
        trees: [WORKDIR(), STAGE()],
        map: async (path, [work, stage]) => {
          if (path === '.') return true;
          if (path === '.git' || path.startsWith('.git/')) return null;
          if (work) return (await work.type()) === 'tree' ? true : null;
          if (stage && classifyCasebookPath(path)) removed.push(path);
          return stage ? true : null;
        },
      });
      return removed;
    },

    async removedBy(from, to, path) {
      for (const { oid, commit } of await git.log({ ...base, ref: to })) {
        if (oid === from) return undefined;
        if (commit.parent.length !== 1) continue;
        const had = async (c: string) =>
          git.readBlob({ ...base, oid: c, filepath: path }).then(
            () => true,
            () => false,
          );
        if (!(await had(oid)) && (await had(commit.parent[0] as string))) return commit.author.email;
      }
      return undefined;
    },

    async getConfig(key) {
      const value: unknown = await git.getConfig({ ...base, path: key });
      return typeof value === 'string' && value !== '' ? value : undefined;
    },

    async setConfig(key, value) {
      await git.setConfig({ ...base, path: key, value });
    },

    remoteDefaultBranch: () =>
      onNetwork(async () => {
        const refs = await git.listServerRefs({ http, url, headers: { ...headers }, symrefs: true, prefix: 'HEAD' });
        const head = refs.find((r) => r.ref === 'HEAD');
        return head?.target?.startsWith('refs/heads/') ? head.target.slice('refs/heads/'.length) : undefined;
      }),

    fetch: (branch, tracking) =>
      onNetwork(async () => {
        const refs = await git.listServerRefs({ http, url, headers: { ...headers }, prefix: `refs/heads/${branch}` });
        if (!refs.some((r) => r.ref === `refs/heads/${branch}`)) return undefined;
        const fetched = await git.fetch({ ...network(), remote: 'origin', ref: branch, singleBranch: true, tags: false });
        if (!fetched.fetchHead) return undefined;
        await git.writeRef({ ...base, ref: tracking, value: fetched.fetchHead, force: true });
        return fetched.fetchHead;
      }),

    push: (head, branch) =>
      onNetwork(async () => {
        await git.writeRef({ ...base, ref: PUSH_REF, value: head, force: true });
        const result = await git.push({ ...network(), remote: 'origin', ref: PUSH_REF, remoteRef: `refs/heads/${branch}` });
        const refused = Object.values(result.refs).find((r) => !r.ok);
        if (!result.ok || refused)
          throw new GitError('refused', `[remote rejected] ${refused?.error ?? result.error ?? 'push refused'}`, ['push']);
      }),

    async countAhead(ref) {
      const tip = await commitOf(ref);
      if (!tip) return 0;
      const held = new Set<string>();
      for (const remoteRef of await git.listBranches({ ...base, remote: 'origin' })) {
        const oid = await commitOf(`refs/remotes/origin/${remoteRef}`);
        if (oid) for (const c of await commitsFrom(oid)) held.add(c.oid);
      }
      return (await commitsFrom(tip)).filter((c) => !held.has(c.oid)).length;
    },

    async fileVersions(ref, dir) {
      const tip = await commitOf(ref);
      if (!tip) return [];
      const versions: FileVersion[] = [];
      for (const { oid, parents, authored } of parentsFirst(await commitsFrom(tip))) {
        if (parents.length > 1) continue;
        const committed = new Date(authored * 1000).toISOString();
        const changes = await client.diff(parents[0] ?? EMPTY_TREE, oid);
        for (const c of changes) if (c.after && c.path.startsWith(`${dir}/`)) versions.push({ path: c.path, sha: c.after.sha, committed });
      }
      return versions;
    },
  };
  return client;
}

function entry(e: IsoTreeEntry, path: string): TreeEntry {
  return { mode: e.mode, sha: e.oid, path };
}

/** Runs a network call, turning isomorphic-git's and Node's errors into the GitError kinds sync reports. */
async function onNetwork<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof GitError) throw error;
    const e = error as { code?: string; message?: string; data?: { statusCode?: number; reason?: string } };
    const message = e.message ?? String(error);
    throw new GitError(kindOf(e), e.code === 'PushRejectedError' ? `push rejected (not a fast-forward): ${message}` : message, [
      'isomorphic-git',
    ]);
  }
}

function kindOf(e: { code?: string; data?: { statusCode?: number } }): GitFailureKind {
  const status = e.data?.statusCode;
  if (e.code === 'HttpError' && (status === 401 || status === 403)) return 'auth';
  if (e.code === 'PushRejectedError') return 'refused';
  if (e.code === 'HttpError' && status !== undefined && status >= 500) return 'offline';
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE'].includes(e.code ?? ''))
    return 'offline';
  return 'failed';
}
