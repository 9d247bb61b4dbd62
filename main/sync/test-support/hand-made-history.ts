import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import type { Creator } from '../../../shared/model/annotation';
import { personOf } from '../commit-store-changes';

/** Who and when for a commit made by hand; `date` (ISO) sets both the author and the committer time. */
export interface HandCommit {
  author: Creator;
  date?: string;
}

/**
 * Runs the system git in `dir` for a test that shapes history by hand (histories the app never
 * makes itself, or commit times it cannot choose): no user or system configuration, no hooks,
 * commits authored as `commit.author` the way sync authors them. Resolves with git's stdout, trimmed.
 */
export function handGit(dir: string, args: readonly string[], commit?: HandCommit): string {
  const person = commit ? personOf(commit.author) : { name: 'Test', email: 'test@example.invalid' };
  return execFileSync('git', ['-c', 'core.hooksPath=/dev/null', ...args], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      HOME: tmpdir(),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: person.name,
      GIT_AUTHOR_EMAIL: person.email,
      GIT_COMMITTER_NAME: person.name,
      GIT_COMMITTER_EMAIL: person.email,
      ...(commit?.date ? { GIT_AUTHOR_DATE: commit.date, GIT_COMMITTER_DATE: commit.date } : {}),
    },
  })
    .toString('utf8')
    .trim();
}

/** Commits `paths` (as they are in the work tree) on the checked-out branch; returns the new commit. */
export function handCommit(dir: string, paths: readonly string[], commit: HandCommit): string {
  handGit(dir, ['add', '--', ...paths]);
  handGit(dir, ['commit', '--quiet', '--no-verify', '-m', `Changed ${paths.join(', ')}`], commit);
  return handGit(dir, ['rev-parse', 'HEAD']);
}
