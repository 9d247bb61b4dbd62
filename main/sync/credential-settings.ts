import { execFile } from 'node:child_process';

/** One git setting given to a call through the environment (`GIT_CONFIG_KEY_n`), never on its command line. */
export type EnvSetting = readonly [key: string, value: string];

/**
 * The analyst's own git credential settings — `credential.helper`, per-URL helpers and user
 * names — from their global and system git config, so a sync signs in as `git` in their
 * terminal does (the OS keychain, Git Credential Manager, `store`, `cache`). Only
 * `credential.*` keys are taken: the machine's other settings (filters, hooks, aliases) stay
 * out, and nothing here runs a helper. Resolves with none where git or a config is missing.
 */
export async function readCredentialSettings(env: NodeJS.ProcessEnv = process.env): Promise<EnvSetting[]> {
  const scopes = await Promise.all(['--system', '--global'].map((scope) => readScope(scope, env)));
  return scopes.flat();
}

function readScope(scope: string, env: NodeJS.ProcessEnv): Promise<EnvSetting[]> {
  const childEnv: NodeJS.ProcessEnv = { PATH: env.PATH, HOME: env.HOME, LC_ALL: 'C' };
  if (env.XDG_CONFIG_HOME) childEnv.XDG_CONFIG_HOME = env.XDG_CONFIG_HOME;
  if (env.GIT_CONFIG_GLOBAL) childEnv.GIT_CONFIG_GLOBAL = env.GIT_CONFIG_GLOBAL;
  if (env.GIT_CONFIG_SYSTEM) childEnv.GIT_CONFIG_SYSTEM = env.GIT_CONFIG_SYSTEM;
  return new Promise((resolve) => {
    execFile(
      'git',
      ['config', scope, '--null', '--get-regexp', '^credential\\.'],
      { env: childEnv, cwd: env.HOME || '/', encoding: 'utf8' },
      (error, stdout) => {
        // Exit 1 means no such keys; a missing git or config reads as none too.
        if (error) return resolve([]);
        resolve(
          stdout
            .split('\0')
            .filter((entry) => entry.includes('\n'))
            .map((entry) => [entry.slice(0, entry.indexOf('\n')), entry.slice(entry.indexOf('\n') + 1)] as const),
        );
      },
    );
  });
}
