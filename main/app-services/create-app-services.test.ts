import { describe, expect, it } from 'vitest';
import { defaultAnalyst } from '../profile/default-analyst';
import { openStore } from '../store';
import { makeTempDir } from '../store/test-support/fixtures';
import { createAppServices } from './create-app-services';

describe('new analyst ids', () => {
  it('differ between two machines starting the app with the same user name, and stay with each machine', async () => {
    const ids: string[] = [];
    for (const machine of ['one', 'two']) {
      const services = await createAppServices({ storeDir: await makeTempDir(), profileDir: await makeTempDir() });
      const settings = await services.dispatch('settings:get', {});
      await services.close();
      if (!settings.ok) throw new Error(`${machine}: ${settings.error.message}`);
      ids.push((settings.value as { analyst: { id: string } }).analyst.id);
    }
    expect(ids[0]).toMatch(/-[0-9a-z]{6}$/);
    expect(ids[0]!.slice(0, -7)).toBe(ids[1]!.slice(0, -7));
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("never replace the analyst this machine's own store or identity names, so no annotation file changes owner", async () => {
    // A store this machine's user kept before casebooks: its analyst id is the user's name.
    const OWN = { id: defaultAnalyst().id, name: 'Bob Checker' };
    const storeDir = await makeTempDir();
    const existing = await openStore({ dir: storeDir, defaultAnalyst: OWN });
    await existing.updateSettings({ sampleInstalled: false });
    await existing.close();
    const profileDir = await makeTempDir();
    const first = await createAppServices({ storeDir, profileDir });
    const firstId = await first.dispatch('settings:get', {});
    await first.close();
    expect(firstId).toMatchObject({ ok: true, value: { analyst: OWN } });

    const again = await createAppServices({ storeDir: await makeTempDir(), profileDir });
    const againId = await again.dispatch('settings:get', {});
    await again.close();
    expect(againId).toMatchObject({ ok: true, value: { analyst: OWN } });
  });
});

describe('the sample article', () => {
  it('is in a new library once, with its language named like any imported article', async () => {
    const services = await createAppServices({ storeDir: await makeTempDir(), profileDir: await makeTempDir() });
    const listed = await services.dispatch('library:list', {});
    if (!listed.ok) throw new Error(listed.error.message);
    const [sample] = listed.value as Array<{ id: string }>;
    const opened = await services.dispatch('document:open', { documentId: sample!.id });
    await services.close();
    expect(listed.value).toHaveLength(1);
    expect(opened).toMatchObject({ ok: true, value: { article: { lang: 'en' } } });
  });
});
