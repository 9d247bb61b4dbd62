import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataDir } from '../profile/user-data-dir';
import { makeTempDir } from '../store/test-support/fixtures';
import { IDENTITY_FILE, openIdentityFile } from './identity-file';

/** `analyst.json` exactly as Factmark wrote it once the analyst confirmed their profile (schema version 1). */
const CONFIRMED_V1 = `{
  "schemaVersion": 1,
  "analyst": { "id": "mira-okafor-k3x9qa", "name": "Mira Okafor" },
  "profile": { "initials": "MO", "colour": "#1f5f99", "confirmed": true }
}`;

describe('a confirmed profile from an earlier version', () => {
  it('lives in the user-data folder ($XDG_CONFIG_HOME/Factmark on Linux)', () => {
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/home/mira/.config' })).toBe(join('/home/mira/.config', 'Factmark'));
  });

  it('opens confirmed, under the same analyst, with nothing reported and the file left as it was, so the first-run dialog never asks again', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, IDENTITY_FILE), CONFIRMED_V1);
    const heard: unknown[] = [];
    const identity = await openIdentityFile(dir, { id: 'fallback', name: 'Fallback' }, (m) => heard.push(m));
    expect(identity.get()).toEqual({
      analyst: { id: 'mira-okafor-k3x9qa', name: 'Mira Okafor' },
      profile: { initials: 'MO', colour: '#1f5f99', confirmed: true },
    });
    expect(heard).toEqual([]);
    expect(JSON.parse(await readFile(join(dir, IDENTITY_FILE), 'utf8'))).toEqual(JSON.parse(CONFIRMED_V1));
  });
});
