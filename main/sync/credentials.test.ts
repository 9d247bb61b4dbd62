import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE } from '../store/test-support/fixtures';
import { readCredentialSettings } from './credential-settings';
import { createSyncService, type CredentialVault } from './sync-service';
import { createBareRepository, startGitHttpServer, type GitHttpServer } from './test-support/git-http-server';
import { importArticle, sync } from './test-support/sync-fixtures';

let root: string;
let server: GitHttpServer;
const TOKEN = 'tok-7Qz9-never-written';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-credentials-'));
  server = await startGitHttpServer(join(root, 'server'), 'analyst', TOKEN);
});
afterAll(async () => {
  await server.stop();
  await rm(root, { recursive: true, force: true });
});

/** Every file under `dir` as text, `.git` included. */
async function everyFile(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'latin1')));
  return texts.join('\n');
}

describe('credentials', () => {
  it('signs in through the analyst’s own git credential helper when no token is given', async () => {
    createBareRepository(join(root, 'server'), 'helper.git');
    const home = join(root, 'home');
    await mkdir(home, { recursive: true });
    await writeFile(join(home, '.gitconfig'), `[credential]\n\thelper = store\n[filter "evil"]\n\tclean = touch ${join(root, 'ran')}\n`);
    await writeFile(join(home, '.git-credentials'), `${server.urlWithCredentials('helper.git')}\n`);
    const settings = await readCredentialSettings({ PATH: process.env.PATH, HOME: home, GIT_CONFIG_SYSTEM: '/dev/null' });
    expect(settings).toEqual([['credential.helper', 'store']]);

    const alice = join(root, 'alice-helper');
    await importArticle(alice, ALICE, 'port');
    expect((await sync(alice, ALICE, { remote: server.url('helper.git'), credentialSettings: [] })).status).toBe('auth');
    expect(await sync(alice, ALICE, { credentialSettings: settings, userHome: home })).toMatchObject({ status: 'synced', toSend: 0 });
    await expect(stat(join(root, 'ran'))).rejects.toThrow();
  });

  it('says authentication failed naming the remote, and never lets the token into a file, a message or the log', async () => {
    createBareRepository(join(root, 'server'), 'wrong.git');
    const alice = join(root, 'alice-wrong');
    await importArticle(alice, ALICE, 'port');
    const log: string[] = [];
    const wrong = await sync(alice, ALICE, {
      remote: server.url('wrong.git'),
      credentials: { user: 'analyst', password: `${TOKEN}-old` },
      credentialSettings: [],
      onProgress: (text) => log.push(text),
    });
    expect(wrong.status).toBe('auth');
    expect(wrong.reason).toMatch(new RegExp(`^Authentication failed for ${server.url('wrong.git')}`));

    const right = await sync(alice, ALICE, {
      remote: server.urlWithCredentials('wrong.git'),
      credentialSettings: [],
      onProgress: (text) => log.push(text),
    });
    expect(right.status).toBe('synced');
    const base64 = Buffer.from(`analyst:${TOKEN}`).toString('base64');
    for (const text of [await everyFile(alice), JSON.stringify([wrong, right]), log.join('')]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(base64);
    }
  });

  it('keeps a token entered in Settings › Team in the vault only, and uses it for later syncs', async () => {
    createBareRepository(join(root, 'server'), 'team.git');
    const alice = join(root, 'alice-team');
    await importArticle(alice, ALICE, 'port');
    const kept = new Map<string, { user: string; password: string }>();
    const vault: CredentialVault = {
      kind: 'keychain',
      get: async (remote) => kept.get(remote),
      set: async (remote, credentials) => void kept.set(remote, credentials),
    };
    const service = await createSyncService({
      storeDir: alice,
      me: () => ALICE,
      writes: { onWrite: () => () => {} },
      vault,
      timers: { setTimeout: () => undefined, clearTimeout: () => {} },
    });
    const connected = await service.handlers['sync:connect']({ remote: server.url('team.git'), user: 'analyst', token: TOKEN });
    expect(connected).toMatchObject({ status: 'synced', tokenKept: 'keychain' });
    expect(kept.get(server.url('team.git'))).toEqual({ user: 'analyst', password: TOKEN });
    expect((await service.handlers['sync:now']()).status).toBe('synced');
    kept.set(server.url('team.git'), { user: 'analyst', password: `${TOKEN}-revoked` });
    const refused = await service.handlers['sync:now']();
    expect(refused.status).toBe('auth');
    await service.close();
    for (const text of [await everyFile(alice), JSON.stringify(refused)]) expect(text).not.toContain(TOKEN);
  });
});
