import * as fs from 'node:fs';
import { Buffer } from 'node:buffer';
import git from 'isomorphic-git';
import type { GitClient } from './git-client';
import { EMPTY_TREE } from './git-objects';
import { GitError } from './git-runner';
import { isoHistory } from './iso-git-history';
import { isoRemote } from './iso-git-remote';
import { isoTrees, type IsoRepository } from './iso-git-trees';
import { isoWorkTree } from './iso-git-work-tree';

/**
 * The git repository of one store folder through isomorphic-git, for machines with no `git`
 * installed: the same `GitClient` the engine runs on, over https (or http to a local server)
 * only — isomorphic-git has no ssh or file transport. It runs no hooks, filters or
 * configuration programs at all. `headers` carries the credential header of this sync.
 */
export function isoGitObjects(dir: string, url: string, headers: Record<string, string> = {}): GitClient {
  const repo: IsoRepository = { fs, dir, cache: {} };
  const commitOf = async (ref: string) => git.resolveRef({ fs, dir, ref }).catch(() => undefined);
  const trees = isoTrees(repo);

  return {
    name: 'isomorphic-git',
    resolve: commitOf,
    diff: trees.diff,
    buildTree: trees.buildTree,
    ...isoWorkTree(repo, trees),
    ...isoHistory(repo, trees.diff),
    ...isoRemote(repo, url, headers),

    async isAncestor(ancestor, commit) {
      return ancestor === commit || git.isDescendent({ ...repo, oid: commit, ancestor, depth: -1 }).catch(() => false);
    },

    async mergeBase(a, b) {
      return (await git.findMergeBase({ ...repo, oids: [a, b] }))[0] as string | undefined;
    },

    async sizes(shas) {
      const sizes = new Map<string, number>();
      for (const oid of shas) {
        const object = await git.readObject({ ...repo, oid, format: 'content' }).catch(() => undefined);
        sizes.set(oid, object && object.object instanceof Uint8Array ? object.object.byteLength : -1);
      }
      return sizes;
    },

    async blobs(shas) {
      const found = new Map<string, Buffer>();
      for (const oid of new Set(shas)) {
        const read = await git.readBlob({ ...repo, oid }).catch(() => undefined);
        if (read) found.set(oid, Buffer.from(read.blob));
      }
      return found;
    },

    writeBlob: (bytes) => git.writeBlob({ ...repo, blob: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes }),

    async commit(tree, parents, message, author, committer) {
      const person = (p: typeof author) => {
        const at = p.date ? new Date(p.date) : new Date();
        return { name: p.name, email: p.email, timestamp: Math.floor(at.getTime() / 1000), timezoneOffset: 0 };
      };
      const oid = tree === EMPTY_TREE ? await git.writeTree({ ...repo, tree: [] }) : tree;
      return git.writeCommit({
        ...repo,
        commit: { message, tree: oid, parent: [...parents], author: person(author), committer: person(committer) },
      });
    },

    async updateRef(ref, sha, expected) {
      // One sync runs in a store at a time (the sync lock): checking, then writing, cannot be raced here.
      const current = await commitOf(ref);
      if (current !== expected) throw new GitError('failed', `cannot lock ref '${ref}': it moved`, ['update-ref']);
      await git.writeRef({ ...repo, ref, value: sha, force: true });
    },

    async setRef(ref, sha) {
      await git.writeRef({ ...repo, ref, value: sha, force: true });
    },

    async init() {
      if (!fs.existsSync(`${dir}/.git`)) await git.init({ fs, dir, defaultBranch: 'main' });
    },

    async getConfig(key) {
      const value: unknown = await git.getConfig({ ...repo, path: key });
      return typeof value === 'string' && value !== '' ? value : undefined;
    },

    async setConfig(key, value) {
      await git.setConfig({ ...repo, path: key, value });
    },
  };
}
