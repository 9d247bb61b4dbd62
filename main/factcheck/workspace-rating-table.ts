import { DEFAULT_RATING_GROUPS, type RatingGroups } from '../../shared/factcheck/rating-groups';
import type { StoreMessage } from '../../shared/ipc/contract';
import { SETTINGS_SCHEMA_VERSION, settingsSchema, type Settings } from '../../shared/model/settings';
import { StoreFileAdapter } from '../store/store-file';
import { SETTINGS_PATH } from '../store/store-paths';

/**
 * The rating mapping the workspace in `storeDir` keeps in its settings (Settings › Published
 * fact-checks), else the defaults; read only, without opening the store, for the command line's
 * imports. A damaged settings file is reported on `report` and read from its backups as anywhere.
 */
export async function readWorkspaceRatingTable(storeDir: string, report: (message: StoreMessage) => void): Promise<RatingGroups> {
  const settings = await new StoreFileAdapter<Settings>({
    storeDir,
    relPath: SETTINGS_PATH,
    format: { schema: settingsSchema, version: SETTINGS_SCHEMA_VERSION },
    readOnly: true,
    report,
  }).read();
  return settings?.ratingGroups ?? DEFAULT_RATING_GROUPS;
}
