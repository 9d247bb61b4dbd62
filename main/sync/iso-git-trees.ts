import type * as fs from 'node:fs';
import git, { type TreeEntry as IsoTreeEntry } from 'isomorphic-git';
import type { GitClient } from './git-client';
import { EMPTY_TREE, type TreeChange, type TreeEntry } from './git-objects';

/** One store's repository as every isomorphic-git call takes it; `cache` is shared by the calls of one client. */
export interface IsoRepository {
  fs: typeof fs;
  dir: string;
  cache: object;
}

/** A tree's entries put in or taken out, by path: an entry, or null to remove it. */
export type TreeEdits = Map<string, { mode: string; sha: string } | null>;

const TREE_MODE = '040000';

/** Trees through isomorphic-git: naming, comparing and building them. */
export interface IsoTrees extends Pick<GitClient, 'diff' | 'buildTree'> {
  /** A tree's sha from a tree sha or `<commit>^{tree}`. */
  treeOf(name: string): Promise<string>;
  /** Writes the tree `baseTree` with `edits` made (subtrees left empty are dropped); resolves with its sha. */
  writeTreeWith(baseTree: string, edits: TreeEdits): Promise<string>;
}

/** Reads, compares and writes the trees of `repo`; the empty tree is never read, as a fresh repository need not hold it. */
export function isoTrees(repo: IsoRepository): IsoTrees {
  const entriesOf = async (tree: string): Promise<IsoTreeEntry[]> =>
    tree === EMPTY_TREE ? [] : (await git.readTree({ ...repo, oid: tree })).tree;

  async function treeOf(name: string): Promise<string> {
    if (name === EMPTY_TREE) return EMPTY_TREE;
    const oid = name.endsWith('^{tree}') ? name.slice(0, -'^{tree}'.length) : name;
    return (await git.readTree({ ...repo, oid })).oid;
  }

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

  async function writeTreeWith(baseTree: string, edits: TreeEdits): Promise<string> {
    const entries = new Map((await entriesOf(baseTree)).map((e) => [e.path, e]));
    const below = new Map<string, TreeEdits>();
    for (const [path, edit] of edits) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        if (edit) entries.set(path, { path, mode: edit.mode, oid: edit.sha, type: 'blob' });
        else entries.delete(path);
        continue;
      }
      const head = path.slice(0, slash);
      const sub: TreeEdits = below.get(head) ?? new Map<string, { mode: string; sha: string } | null>();
      sub.set(path.slice(slash + 1), edit);
      below.set(head, sub);
    }
    for (const [name, sub] of below) {
      const current = entries.get(name);
      const tree = await writeTreeWith(current?.type === 'tree' ? current.oid : EMPTY_TREE, sub);
      if (tree === EMPTY_TREE) entries.delete(name);
      else entries.set(name, { path: name, mode: TREE_MODE, oid: tree, type: 'tree' });
    }
    if (entries.size === 0) return EMPTY_TREE;
    return git.writeTree({ ...repo, tree: [...entries.values()] });
  }

  return {
    treeOf,
    writeTreeWith,

    async diff(from, to) {
      const out: TreeChange[] = [];
      await diffTrees(await treeOf(from), await treeOf(to), '', out);
      return out;
    },

    async buildTree(baseTree, entries) {
      const edits: TreeEdits = new Map(entries.map((e) => [e.path, e.sha ? { mode: e.mode ?? '100644', sha: e.sha } : null]));
      return writeTreeWith(await treeOf(baseTree), edits);
    },
  };
}

function entry(e: IsoTreeEntry, path: string): TreeEntry {
  return { mode: e.mode, sha: e.oid, path };
}
