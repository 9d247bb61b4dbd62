import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeychainVault, type SafeStorageLike } from './keychain-vault';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-vault-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in for the OS keychain's encryption: reversible, and never the plain text. */
function fakeSafeStorage(backend = 'gnome_libsecret'): SafeStorageLike {
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0x5a));
  return {
    isEncryptionAvailable: () => true,
    encryptString: (text) => flip(Buffer.from(`sealed:${text}`, 'utf8')),
    decryptString: (bytes) => {
      const text = flip(bytes).toString('utf8');
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice('sealed:'.length);
    },
    getSelectedStorageBackend: () => backend,
  };
}

const REMOTE = 'https://git.example.org/desk/casebook.git';
const TOKEN = 'glpat-secret-4711';

describe('createKeychainVault', () => {
  it('keeps a token across restarts, encrypted by the keychain, and never in plain text', async () => {
    const file = join(dir, 'sync-credentials.json');
    const vault = createKeychainVault({ safeStorage: fakeSafeStorage(), file });
    expect(vault.kind).toBe('keychain');
    await vault.set(REMOTE, { user: 'tess', password: TOKEN });
    expect(await readFile(file, 'utf8')).not.toContain(TOKEN);
    const restarted = createKeychainVault({ safeStorage: fakeSafeStorage(), file });
    expect(await restarted.get(REMOTE)).toEqual({ user: 'tess', password: TOKEN });
    expect(await restarted.get('https://elsewhere.example/x.git')).toBeUndefined();
  });

  it('reads a file it cannot decrypt or parse as no token', async () => {
    const file = join(dir, 'damaged.json');
    await writeFile(file, JSON.stringify({ version: 1, remotes: { [REMOTE]: Buffer.from('not sealed').toString('base64') } }));
    expect(await createKeychainVault({ safeStorage: fakeSafeStorage(), file }).get(REMOTE)).toBeUndefined();
    await writeFile(file, '{ cut off');
    expect(await createKeychainVault({ safeStorage: fakeSafeStorage(), file }).get(REMOTE)).toBeUndefined();
  });

  it('keeps the token for the session only, writing nothing, where no keychain encrypts', async () => {
    for (const safeStorage of [fakeSafeStorage('basic_text'), { ...fakeSafeStorage(), isEncryptionAvailable: () => false }]) {
      const file = join(dir, `none-${safeStorage.isEncryptionAvailable() ? 'basic' : 'off'}.json`);
      const vault = createKeychainVault({ safeStorage, file });
      expect(vault.kind).toBe('session');
      await vault.set(REMOTE, { user: 'tess', password: TOKEN });
      expect(await vault.get(REMOTE)).toEqual({ user: 'tess', password: TOKEN });
      await expect(readFile(file)).rejects.toThrow();
    }
  });
});
