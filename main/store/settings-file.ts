import { Low } from 'lowdb';
import { UserFacingError } from '../../shared/ipc/result';
import type { Creator } from '../../shared/model/annotation';
import { SETTINGS_SCHEMA_VERSION, settingsSchema, type Settings } from '../../shared/model/settings';
import { createStoreFile, type StoreContext } from './store-context';
import { SETTINGS_PATH } from './store-paths';
import { mergeFields } from './three-way-merge';

/** A change to the settings: any fields but the version. */
export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion'>>;

/** The store's settings, held in memory after the first read. */
export interface SettingsFile {
  /** A copy of the current settings. */
  get(): Settings;
  /** Applies a patch and resolves with the new settings once durable; 'invalid-request' if the result would not validate. */
  update(patch: SettingsPatch): Promise<Settings>;
  /** Resolves when all writes asked for so far have finished. */
  idle(): Promise<void>;
}

/** Reads (and if need be recovers) the settings; a store without them starts with `defaultAnalyst`. */
export async function openSettingsFile(context: StoreContext, defaultAnalyst: Creator): Promise<SettingsFile> {
  // The workspace's settings (rating scale, organisation) are shared by a casebook's analysts: a write keeps fields a colleague changed.
  const shared = { kind: 'merge', merge: mergeFields<Settings> } as const;
  const file = createStoreFile(
    context,
    SETTINGS_PATH,
    { schema: settingsSchema, version: SETTINGS_SCHEMA_VERSION },
    { pretty: true, shared },
  );
  const db = new Low<Settings>(file, { schemaVersion: SETTINGS_SCHEMA_VERSION, analyst: defaultAnalyst, sampleInstalled: false });
  await db.read();
  return {
    get: () => structuredClone(db.data),
    async update(patch) {
      const parsed = settingsSchema.safeParse({ ...db.data, ...patch, schemaVersion: SETTINGS_SCHEMA_VERSION });
      if (!parsed.success) {
        throw new UserFacingError('invalid-request', `The settings cannot be saved: ${parsed.error.issues[0]?.message}.`);
      }
      db.data = parsed.data;
      await db.write();
      return structuredClone(db.data);
    },
    idle: () => file.idle(),
  };
}
