import type { StoreMessage } from '../../shared/ipc/contract';
import { FACT_CHECKS_SCHEMA_VERSION, factChecksFileSchema, type FactCheck, type FactChecksFile } from '../../shared/factcheck/fact-check';
import { StoreFileAdapter } from '../store/store-file';

/** The imported fact-checks, relative to the store folder. */
export const FACT_CHECKS_PATH = 'factchecks.json';

/** The store's imported published fact-checks. */
export interface FactChecksFileHandle {
  /** Every fact-check (none when the file does not exist yet). */
  read(): Promise<FactCheck[]>;
  /** Replaces them; resolves once durable, merged with what a colleague wrote meanwhile. */
  write(factChecks: FactCheck[]): Promise<void>;
}

/**
 * Opens `factchecks.json` in the store folder through the store's file machinery: validated when
 * read (a damaged file is set aside and the newest good backup loaded, with a message on
 * `report`), written durably (temp file, fsync, checked, renamed) with rolling backups. Colleagues
 * sharing the casebook import fact-checks too, so each write runs under the file's write mutex
 * and keeps both sides: per key, the fact-check updated last.
 */
export function openFactChecksFile(options: {
  storeDir: string;
  readOnly: boolean;
  report: (message: StoreMessage) => void;
}): FactChecksFileHandle {
  const adapter = new StoreFileAdapter<FactChecksFile>({
    ...options,
    relPath: FACT_CHECKS_PATH,
    format: { schema: factChecksFileSchema, version: FACT_CHECKS_SCHEMA_VERSION },
    pretty: true,
    shared: {
      kind: 'merge',
      merge: (mine, theirs) => ({
        schemaVersion: FACT_CHECKS_SCHEMA_VERSION,
        factChecks: latestPerKey(theirs.factChecks, mine.factChecks),
      }),
    },
  });
  return {
    read: async () => (await adapter.read())?.factChecks ?? [],
    write: (factChecks) => adapter.write({ schemaVersion: FACT_CHECKS_SCHEMA_VERSION, factChecks }),
  };
}

function latestPerKey(theirs: readonly FactCheck[], mine: readonly FactCheck[]): FactCheck[] {
  const byKey = new Map(theirs.map((f) => [f.key, f]));
  for (const f of mine) {
    const other = byKey.get(f.key);
    if (other === undefined || other.updated <= f.updated) byKey.set(f.key, f);
  }
  return [...byKey.values()];
}
