import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSafeFileName } from '../../store/safe-file-name';

/** What a hostile colleague's push puts on the remote, by path, and the marker a program it smuggles in would leave. */
export interface HostilePush {
  malformed: string;
  misplaced: string;
  outside: string;
  symlink: string;
  submodule: string;
  large: string;
  attributes: string;
  hooks: string;
  /** The good layer pushed alongside, which must still arrive. */
  good: string;
}

/**
 * Pushes onto `bare` (on top of its `main`) a commit a hostile or broken client could make: a
 * malformed layer, a layer under another analyst's name, a script outside the layout, a symbolic
 * link to /etc/passwd, a submodule, a file of `largeBytes`, a `.gitattributes` naming a filter
 * and converting encodings and line ends, and hook scripts that would write `marker` if run;
 * plus one good layer. Uses the machine's plain git in `work`, as the attacker would.
 */
export function pushHostileCommit(
  bare: string,
  work: string,
  documentId: string,
  layer: (analystId: string) => unknown,
  largeBytes: number,
  marker: string,
): HostilePush {
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: work,
    GIT_AUTHOR_NAME: 'Mallory',
    GIT_AUTHOR_EMAIL: 'm@example.invalid',
    GIT_COMMITTER_NAME: 'Mallory',
    GIT_COMMITTER_EMAIL: 'm@example.invalid',
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  execFileSync('git', ['clone', '--quiet', bare, work], { env, stdio: 'ignore' });
  const doc = `annotations/${toSafeFileName(documentId)}`;
  const paths: HostilePush = {
    malformed: `${doc}/mallory.json`,
    misplaced: `${doc}/eve.json`,
    outside: 'scripts/run.sh',
    symlink: `${doc}/passwd.json`,
    submodule: 'vendor',
    large: `${doc}/huge.json`,
    attributes: '.gitattributes',
    hooks: '.githooks/post-merge',
    good: `${doc}/grace.json`,
  };
  const put = (path: string, content: string | Buffer) => {
    mkdirSync(join(work, path, '..'), { recursive: true });
    writeFileSync(join(work, path), content);
  };
  put(paths.malformed, '{"schemaVersion": 1, "documentId": ');
  put(paths.misplaced, JSON.stringify(layer('grace')));
  put(paths.outside, `#!/bin/sh\ntouch ${marker}\n`);
  chmodSync(join(work, paths.outside), 0o755);
  symlinkSync('/etc/passwd', join(work, paths.symlink));
  put(paths.large, JSON.stringify({ padding: 'x'.repeat(largeBytes) }));
  put(paths.hooks, `#!/bin/sh\ntouch ${marker}\n`);
  chmodSync(join(work, paths.hooks), 0o755);
  put('.gitmodules', `[submodule "vendor"]\n\tpath = vendor\n\turl = ext::sh -c touch% ${marker}\n`);
  put(paths.good, JSON.stringify(layer('grace'), null, 2));
  git('add', '--all');
  // Added last, so the attacker's own git does not apply it to the files above.
  put(paths.attributes, '* filter=evil\n*.json text eol=crlf working-tree-encoding=UTF-16\n');
  git('add', paths.attributes);
  git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},${paths.submodule}`);
  git('commit', '--quiet', '-m', 'Mallory was here');
  git('push', '--quiet', 'origin', 'HEAD:main');
  return paths;
}
