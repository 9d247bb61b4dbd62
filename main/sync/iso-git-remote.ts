import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import type { GitClient } from './git-client';
import { GitError, type GitFailureKind } from './git-runner';
import type { IsoRepository } from './iso-git-trees';

/** Where a remote ref is pushed from: isomorphic-git pushes refs, not commits. */
const PUSH_REF = 'refs/factmark/push';

/** The remote through isomorphic-git: its default branch, fetch and push. */
export type IsoRemote = Pick<GitClient, 'remoteDefaultBranch' | 'fetch' | 'push'>;

/**
 * The remote at `url` (https, or http to a local server) of `repo`, with `headers` (the
 * credential header of this sync) on every request. Failures reject with a GitError whose kind
 * says offline, auth or refused.
 */
export function isoRemote(repo: IsoRepository, url: string, headers: Record<string, string>): IsoRemote {
  // A fresh header object per call: isomorphic-git adds `Git-Protocol: version=2` to the one it is given.
  const network = () => ({ ...repo, http, url, headers: { ...headers } });
  return {
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
        await git.writeRef({ ...repo, ref: tracking, value: fetched.fetchHead, force: true });
        return fetched.fetchHead;
      }),

    push: (head, branch) =>
      onNetwork(async () => {
        await git.writeRef({ ...repo, ref: PUSH_REF, value: head, force: true });
        const result = await git.push({ ...network(), remote: 'origin', ref: PUSH_REF, remoteRef: `refs/heads/${branch}` });
        const refused = Object.values(result.refs).find((r) => !r.ok);
        if (!result.ok || refused)
          throw new GitError('refused', `[remote rejected] ${refused?.error ?? result.error ?? 'push refused'}`, ['push']);
      }),
  };
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
