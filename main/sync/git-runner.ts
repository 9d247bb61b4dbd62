import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EnvSetting } from './credential-settings';

/** Why a git call failed, as the sync reports it. */
export type GitFailureKind = 'offline' | 'auth' | 'refused' | 'failed';

/** A git call that exited non-zero, with git's stderr and what kind of failure it reads as. */
export class GitError extends Error {
  constructor(
    readonly kind: GitFailureKind,
    readonly stderr: string,
    readonly args: readonly string[],
  ) {
    super(`git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''}: ${lastLines(stderr) || kind}`);
    this.name = 'GitError';
  }
}

/** How every git call of one store runs. */
export interface GitOptions {
  /** The store folder (git's work tree). */
  cwd: string;
  /** Extra `-c` settings for this call, e.g. the credential header; never written to the repository. */
  config?: readonly string[];
  /** Bytes for git's stdin. */
  input?: string | Uint8Array;
  /** Extra environment (author and committer names and dates). */
  env?: NodeJS.ProcessEnv;
  /**
   * Settings given through the environment, kept out of the process list: the credential header
   * and the analyst's own credential helpers (`readCredentialSettings`).
   */
  settings?: readonly EnvSetting[];
  /** The analyst's home folder, for credential helpers that keep their files there (`store`, `cache`); an empty one otherwise. */
  home?: string;
  /** Receives git's own progress and messages. */
  onStderr?: (text: string) => void;
}

/**
 * Settings pinned for every call, so nothing in a repository or on the machine makes git run a
 * program: no hooks, no fsmonitor, no pager, no editor, only the remote kinds a casebook uses
 * (https, ssh, file paths; http only for the local test server). Filters, eol and encodings from
 * `.gitattributes` are neutralised by `.git/info/attributes` (see `neutraliseAttributes`), which
 * outranks any attributes file a remote could carry.
 */
const PINNED = [
  'core.hooksPath=/dev/null',
  'core.fsmonitor=false',
  'core.attributesFile=/dev/null',
  'core.excludesFile=/dev/null',
  'core.pager=cat',
  'core.editor=false',
  'core.askPass=',
  'core.sshCommand=ssh -o BatchMode=yes',
  'core.symlinks=false',
  'core.autocrlf=false',
  'core.quotePath=false',
  'protocol.allow=never',
  'protocol.https.allow=always',
  'protocol.ssh.allow=always',
  'protocol.file.allow=always',
  'submodule.recurse=false',
  'fetch.recurseSubmodules=false',
  'gc.auto=0',
  'maintenance.auto=false',
  'credential.interactive=false',
  'http.lowSpeedLimit=1000',
  'http.lowSpeedTime=20',
  'init.defaultBranch=main',
  'safe.directory=*',
];

let pinnedHome: string | undefined;

/** An empty home folder, so no ~/.gitconfig, global attributes or credential store of the machine's user is read. */
function emptyHome(): string {
  if (!pinnedHome) {
    pinnedHome = join(tmpdir(), `factmark-git-home-${process.getuid?.() ?? 'user'}`);
    mkdirSync(pinnedHome, { recursive: true });
  }
  return pinnedHome;
}

/**
 * The environment of every git call: no system or global config (a home folder changes neither:
 * GIT_CONFIG_GLOBAL names the global file), no prompts, a fixed locale for messages we read.
 */
function gitEnv(options: GitOptions): NodeJS.ProcessEnv {
  const home = options.home ?? emptyHome();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GIT_SSH_VARIANT: 'ssh',
    GIT_LFS_SKIP_SMUDGE: '1',
    LC_ALL: 'C',
    LANG: 'C',
  };
  // ssh finds the analyst's keys through its agent; the agent socket is the only thing passed through.
  if (process.env.SSH_AUTH_SOCK) env.SSH_AUTH_SOCK = process.env.SSH_AUTH_SOCK;
  const settings = options.settings ?? [];
  if (settings.length > 0) env.GIT_CONFIG_COUNT = String(settings.length);
  settings.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return { ...env, ...options.env };
}

/**
 * Runs `git args` in the store with every setting in PINNED; resolves with stdout. A non-zero
 * exit rejects with a GitError whose kind says whether the remote was unreachable ('offline'),
 * wanted credentials ('auth'), turned the push down ('refused') or something else failed.
 */
export function runGit(args: readonly string[], options: GitOptions): Promise<Buffer> {
  const allowHttp = args.some((a) => a.startsWith('http://')) || (options.config ?? []).some((c) => c === 'protocol.http.allow=always');
  const config = [...PINNED, ...(allowHttp ? ['protocol.http.allow=always'] : []), ...(options.config ?? [])];
  const full = [...config.flatMap((c) => ['-c', c]), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn('git', full, { cwd: options.cwd, env: gitEnv(options), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      err += text;
      options.onStderr?.(text);
    });
    child.on('error', (error) => reject(new GitError('failed', error.message, args)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new GitError(classify(err), err || `git exited with ${code ?? signal}`, args));
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** Reads git's (C-locale) stderr for the kind of failure. */
function classify(stderr: string): GitFailureKind {
  if (
    /Authentication failed|could not read Username|could not read Password|terminal prompts disabled|The requested URL returned error: 40[13]|Permission denied \(publickey|HTTP Basic: Access denied/i.test(
      stderr,
    )
  ) {
    return 'auth';
  }
  if (
    /Could not resolve host|Failed to connect|Couldn't connect|Connection refused|Connection timed out|Network is unreachable|Operation too slow|Empty reply from server|Connection reset|The requested URL returned error: 50[234]|unable to access|Could not read from remote repository|does not appear to be a git repository|unexpected disconnect|the remote end hung up/i.test(
      stderr,
    )
  ) {
    return 'offline';
  }
  if (/\[rejected\]|\[remote rejected\]|pre-receive hook declined|failed to push some refs/i.test(stderr)) return 'refused';
  return 'failed';
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-2).join(' ').trim();
}
