import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStoreDir } from './store-location';
import { userDataDir } from './user-data-dir';

describe('resolveStoreDir', () => {
  it('prefers --store, then FACTMARK_STORE, then the user-data folder', () => {
    const env = { FACTMARK_STORE: '/env/store' };
    expect(resolveStoreDir(['--store', '/flag/store'], env, '/data')).toBe('/flag/store');
    expect(resolveStoreDir(['--store=/flag/eq'], env, '/data')).toBe('/flag/eq');
    expect(resolveStoreDir([], env, '/data')).toBe('/env/store');
    expect(resolveStoreDir([], {}, '/data')).toBe(join('/data', 'store'));
  });

  it('resolves a relative folder against the current directory', () => {
    expect(resolveStoreDir(['--store', 'here'], {}, '/data')).toBe(resolve('here'));
  });
});

describe('userDataDir', () => {
  it('follows the XDG config folder on Linux, as Electron does', () => {
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/cfg' })).toBe('/cfg/Factmark');
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toBe(join('C:\\Users\\a\\AppData\\Roaming', 'Factmark'));
  });
});
