import { readFile } from 'node:fs/promises';
import { writeFileDurably } from '../store/durable-write';
import { createSessionVault, type CredentialVault } from '../sync/sync-service';

/** What the vault needs of Electron's `safeStorage` (injected, so tests run without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store backs the encryption; 'basic_text' means a key written in the program itself. */
  getSelectedStorageBackend?(): string;
}

interface VaultFile {
  version: 1;
  /** Each remote's user and token, encrypted by the OS keychain's key, in base64. */
  remotes: Record<string, string>;
}

/**
 * A remote's user and token kept encrypted by the OS keychain (Electron's safeStorage: the
 * macOS Keychain, Windows DPAPI, the Secret Service or KWallet on Linux) in `file`, a file of
 * the user-data folder, never of the store. Where no keychain encrypts (Linux without a secret
 * service, where Electron falls back to a key of its own, 'basic_text'), it keeps the token for
 * this session only and says so (`kind: 'session'`). A file that cannot be read or decrypted
 * (another machine's, damaged) reads as no token: the analyst enters it again.
 */
export function createKeychainVault({ safeStorage, file }: { safeStorage: SafeStorageLike; file: string }): CredentialVault {
  if (!safeStorage.isEncryptionAvailable() || safeStorage.getSelectedStorageBackend?.() === 'basic_text') return createSessionVault();
  const read = async (): Promise<VaultFile> => {
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<VaultFile>;
      return { version: 1, remotes: typeof parsed.remotes === 'object' && parsed.remotes !== null ? parsed.remotes : {} };
    } catch {
      return { version: 1, remotes: {} };
    }
  };
  return {
    kind: 'keychain',
    async get(remote) {
      const sealed = (await read()).remotes[remote];
      if (sealed === undefined) return undefined;
      try {
        const kept = JSON.parse(safeStorage.decryptString(Buffer.from(sealed, 'base64'))) as { user?: unknown; password?: unknown };
        return typeof kept.user === 'string' && typeof kept.password === 'string'
          ? { user: kept.user, password: kept.password }
          : undefined;
      } catch {
        return undefined;
      }
    },
    async set(remote, credentials) {
      const vault = await read();
      vault.remotes[remote] = safeStorage.encryptString(JSON.stringify(credentials)).toString('base64');
      await writeFileDurably(file, JSON.stringify(vault));
    },
  };
}
