import type { Api } from '../../shared/ipc/contract';
import type { Store } from '../store';
import { FACT_CHECKS_PATH } from './fact-checks-file';
import { importClaimReviews } from './import-claim-reviews';
import { ratingTableOf } from './rating-handlers';

/** What importing fact-checks in the app uses of the store. */
export type FactCheckImportStore = Pick<Store, 'dir' | 'getSettings' | 'report' | 'reportWrite'>;

/**
 * `factchecks:import` (File › Import Fact-Checks…): the picked file's ClaimReviews stored as
 * fact-checks through the command line's own import, ratings mapped by the workspace's table as
 * the app holds it. The write is announced so claim memory and sync pick it up. Rejects with a
 * UserFacingError only when the file is neither JSON nor a web page, or the write fails.
 */
export function createFactCheckImportHandler(store: FactCheckImportStore, now: () => Date): Pick<Api, 'factchecks:import'> {
  return {
    'factchecks:import': async ({ fileName, dataBase64 }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      const result = await importClaimReviews(store.dir, bytes, fileName, now(), (m) => store.report(m), ratingTableOf(store));
      if (result.imported + result.updated > 0) store.reportWrite(FACT_CHECKS_PATH);
      return result;
    },
  };
}
