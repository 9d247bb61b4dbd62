import git from 'isomorphic-git';
import type { FileVersion, GitClient } from './git-client';
import { EMPTY_TREE } from './git-objects';
import type { IsoRepository } from './iso-git-trees';
import { parentsFirst, type CommitNode } from './parents-first';

/** What sync and history read from the commit graph through isomorphic-git. */
export type IsoHistory = Pick<GitClient, 'removedBy' | 'countAhead' | 'fileVersions'>;

/** The commit graph of `repo`; `diff` compares two commits' trees (`IsoTrees.diff`). */
export function isoHistory(repo: IsoRepository, diff: GitClient['diff']): IsoHistory {
  const commitOf = async (ref: string) => git.resolveRef({ ...repo, ref }).catch(() => undefined);

  /** Every commit reachable from `tip`, each once: isomorphic-git's log lists a commit again for each path that reaches it. */
  async function commitsFrom(tip: string): Promise<(CommitNode & { authored: number })[]> {
    const found = new Map<string, CommitNode & { authored: number }>();
    for (const pending = [tip]; pending.length > 0;) {
      const oid = pending.pop() as string;
      if (found.has(oid)) continue;
      const { commit } = await git.readCommit({ ...repo, oid });
      found.set(oid, { oid, parents: commit.parent, time: commit.committer.timestamp, authored: commit.author.timestamp });
      pending.push(...commit.parent.filter((p) => !found.has(p)));
    }
    return [...found.values()];
  }

  return {
    async removedBy(from, to, path) {
      for (const { oid, commit } of await git.log({ ...repo, ref: to })) {
        if (oid === from) return undefined;
        if (commit.parent.length !== 1) continue;
        const had = async (c: string) =>
          git.readBlob({ ...repo, oid: c, filepath: path }).then(
            () => true,
            () => false,
          );
        if (!(await had(oid)) && (await had(commit.parent[0] as string))) return commit.author.email;
      }
      return undefined;
    },

    async countAhead(ref) {
      const tip = await commitOf(ref);
      if (!tip) return 0;
      const held = new Set<string>();
      for (const remoteRef of await git.listBranches({ ...repo, remote: 'origin' })) {
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
        const changes = await diff(parents[0] ?? EMPTY_TREE, oid);
        for (const c of changes) if (c.after && c.path.startsWith(`${dir}/`)) versions.push({ path: c.path, sha: c.after.sha, committed });
      }
      return versions;
    },
  };
}
