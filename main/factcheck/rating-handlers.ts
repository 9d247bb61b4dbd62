import { DEFAULT_RATING_GROUPS, type RatingGroups } from '../../shared/factcheck/rating-groups';
import { remapFactChecks, storedRatings } from '../../shared/factcheck/remap-fact-checks';
import type { Api } from '../../shared/ipc/contract';
import type { Store } from '../store';
import { FACT_CHECKS_PATH, openFactChecksFile } from './fact-checks-file';

/** What the rating mapping's channels need from the store. */
export type RatingStore = Pick<Store, 'dir' | 'getSettings' | 'updateSettings' | 'report' | 'reportWrite'>;

/** The workspace's rating mapping: its own when it edited one, else the defaults. */
export function ratingTableOf(store: Pick<Store, 'getSettings'>): RatingGroups {
  return store.getSettings().ratingGroups ?? DEFAULT_RATING_GROUPS;
}

/**
 * The rating mapping's channels: what the mapping is and which ratings the stored fact-checks
 * carry (unmapped ones with a null group), and saving an edited mapping, which maps every stored
 * fact-check again (a newly unmapped rating is flagged, never dropped).
 */
export function createRatingHandlers(
  store: RatingStore,
  now: () => Date = () => new Date(),
): Pick<Api, 'factchecks:ratings' | 'factchecks:remap'> {
  const file = () => openFactChecksFile({ storeDir: store.dir, readOnly: false, report: (m) => store.report(m) });
  return {
    'factchecks:ratings': async () => {
      const table = ratingTableOf(store);
      const ratings = storedRatings(await file().read(), table).map((r) => ({ ...r, group: r.group ?? null }));
      return { table: { ...table }, defaults: { ...DEFAULT_RATING_GROUPS }, ratings };
    },
    'factchecks:remap': async ({ table }) => {
      await store.updateSettings({ ratingGroups: table });
      const handle = file();
      const remapped = remapFactChecks(await handle.read(), table, now());
      if (remapped.changed > 0) {
        await handle.write(remapped.factChecks);
        store.reportWrite(FACT_CHECKS_PATH);
      }
      return { changed: remapped.changed, unmapped: remapped.unmapped };
    },
  };
}
