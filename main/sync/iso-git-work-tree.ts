import git, { STAGE, WORKDIR, type WalkerEntry } from 'isomorphic-git';
import { join } from 'node:path';
import { classifyCasebookPath } from '../../shared/sync/casebook-layout';
import type { GitClient } from './git-client';
import { EMPTY_TREE } from './git-objects';
import type { IsoRepository, IsoTrees, TreeEdits } from './iso-git-trees';
import { gitBlobSha } from './materialize';

/** The store's index and work tree through isomorphic-git: what the store wrote, and what sync recorded. */
export type IsoWorkTree = Pick<GitClient, 'setIndexEntries' | 'indexTree' | 'stageWorkTree' | 'removedFromWorkTree'>;

/**
 * The index and work tree of `repo`. Walks look only at casebook files (`classifyCasebookPath`)
 * and never enter `.git`, so the pathspecs the system git takes are not needed here.
 */
export function isoWorkTree(repo: IsoRepository, trees: IsoTrees): IsoWorkTree {
  return {
    async setIndexEntries(entries) {
      // One `add` of many files writes the index once; `updateIndex` rewrites it per file, which
      // makes a clone grow with the square of its files. Only files whose bytes on disk are the
      // entry's blob go that way: a pulled shared file the store merged again keeps the entry's
      // sha in the index, so the next sync sees (and commits) the merge.
      const onDisk: string[] = [];
      for (const e of entries) {
        const bytes = e.sha ? await repo.fs.promises.readFile(join(repo.dir, e.path)).catch(() => undefined) : undefined;
        if (bytes && gitBlobSha(bytes) === e.sha && (e.mode ?? '100644') === '100644') onDisk.push(e.path);
        else if (e.sha)
          await git.updateIndex({ ...repo, filepath: e.path, oid: e.sha, mode: Number.parseInt(e.mode ?? '100644', 8), add: true });
        else await git.updateIndex({ ...repo, filepath: e.path, remove: true, force: true });
      }
      if (onDisk.length > 0) await git.add({ ...repo, filepath: onDisk, force: true });
    },

    async indexTree() {
      const staged: TreeEdits = new Map();
      await git.walk({
        ...repo,
        trees: [STAGE()],
        map: async (path, [entry]) => {
          if (!entry || path === '.') return true;
          if ((await entry.type()) !== 'blob') return true;
          staged.set(path, { mode: (await entry.mode()).toString(8), sha: await entry.oid() });
          return true;
        },
      });
      return trees.writeTreeWith(EMPTY_TREE, staged);
    },

    async stageWorkTree() {
      const changed: string[] = [];
      await walkCasebookFiles(repo, {
        async inWorkTree(path, work, stage) {
          if (!stage || (await stage.oid()) !== (await work.oid())) changed.push(path);
        },
      });
      for (const filepath of changed) await git.add({ ...repo, filepath });
    },

    async removedFromWorkTree() {
      const removed: string[] = [];
      await walkCasebookFiles(repo, { goneFromWorkTree: (path) => removed.push(path) });
      return removed;
    },
  };
}

/** What a walk of the work tree against the index tells about each casebook path. */
interface CasebookFileVisitor {
  /** A casebook file in the work tree, with its index entry (null when the index has none). */
  inWorkTree?(path: string, work: WalkerEntry, stage: WalkerEntry | null): Promise<void>;
  /** A casebook path the index holds and the work tree no longer has. */
  goneFromWorkTree?(path: string): void;
}

/**
 * Walks the work tree of `repo` against its index, telling `visitor` of each casebook path
 * (`classifyCasebookPath`) on either side. Never enters `.git`; a folder is entered where the work
 * tree has it, or where only the index does (to find what went with it).
 */
async function walkCasebookFiles(repo: IsoRepository, visitor: CasebookFileVisitor): Promise<void> {
  await git.walk({
    ...repo,
    trees: [WORKDIR(), STAGE()],
    map: async (path, [work, stage]) => {
      if (path === '.') return true;
      if (path === '.git' || path.startsWith('.git/')) return null;
      if (!work) {
        if (stage && classifyCasebookPath(path)) visitor.goneFromWorkTree?.(path);
        return stage ? true : null;
      }
      const type = await work.type();
      if (type === 'tree') return true;
      if (type === 'blob' && classifyCasebookPath(path)) await visitor.inWorkTree?.(path, work, stage ?? null);
      return null;
    },
  });
}
