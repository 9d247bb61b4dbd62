import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { StoreMessage } from '../../shared/ipc/contract';
import { UserFacingError } from '../../shared/ipc/result';
import { creatorSchema, type Creator } from '../../shared/model/annotation';
import { analystProfileSchema, type AnalystProfile } from '../../shared/model/settings';
import { slugify } from '../../shared/text/slugify';
import { makeDirectoryDurably, writeFileDurably } from '../store/durable-write';
import { parseStoredJson } from '../store/parse-stored-json';
import type { Store } from '../store';
import { setAside } from '../store/set-aside';

/** Version of the machine's identity file. */
export const IDENTITY_SCHEMA_VERSION = 1;

/** Name of the identity file in the machine's user-data folder (beside the default store, never inside a casebook). */
export const IDENTITY_FILE = 'analyst.json';

const identitySchema = z.strictObject({
  schemaVersion: z.literal(IDENTITY_SCHEMA_VERSION),
  analyst: creatorSchema,
  profile: analystProfileSchema.optional(),
});

/** Characters of the random part of a new analyst id. */
const ID_SUFFIX_LENGTH = 6;

/**
 * A new analyst named `name`, with an id no colleague sharing a casebook will also get:
 * `<slug of the name>-<6 random base-36 characters>` (36⁶ ≈ 2·10⁹ values), e.g.
 * `zoe-obrien-k3x9q2`. The id names the analyst's files, so it is fixed from then on, whatever
 * name they later choose.
 */
export function newAnalyst(name: string, randomDigit: (below: number) => number = randomInt): Creator {
  // Apostrophes go without a break, so "Zoë O'Brien" is zoe-obrien rather than zoe-o-brien.
  const slug = slugify(name.replace(/['’]/g, ''), 40, 'analyst');
  const suffix = Array.from({ length: ID_SUFFIX_LENGTH }, () => randomDigit(36).toString(36)).join('');
  return { id: `${slug}-${suffix}`, name };
}

/** Who works on this machine: the creator written into annotations, and how they look to colleagues. */
export type Identity = Omit<z.infer<typeof identitySchema>, 'schemaVersion'>;

/** The name, initials and colour the analyst confirms on first run (and may change later). */
export interface ProfileChoice {
  name: string;
  initials: string;
  colour: string;
}

/** The analyst's identity on this machine, read once and kept in memory. */
export interface IdentityFile {
  get(): Identity;
  /**
   * Saves a confirmed profile; resolves with the new identity once durable. The id is kept, since
   * it names the analyst's annotation files. 'invalid-request' when a field is invalid.
   */
  setProfile(choice: ProfileChoice): Promise<Identity>;
}

/**
 * Reads the identity in `dir` (the machine's user-data folder), so it follows the analyst rather
 * than the casebook a store folder may be shared as. Without a file, the analyst is `fallback`
 * (the identity the store knew, so existing annotation files stay theirs, or a `newAnalyst`),
 * written at once without a profile, so every store this machine opens later is annotated under
 * the same id; the profile waits for the analyst to confirm it. A damaged file is set aside,
 * reported through `report`, and replaced the same way.
 */
export async function openIdentityFile(dir: string, fallback: Creator, report: (message: StoreMessage) => void): Promise<IdentityFile> {
  const path = join(dir, IDENTITY_FILE);
  let identity: Identity = { analyst: fallback };
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new UserFacingError('store-failed', `Factmark could not read ${path}: ${error.message}`);
  });
  const parsed = text === undefined ? undefined : parseStoredJson(text, { schema: identitySchema, version: IDENTITY_SCHEMA_VERSION });
  if (parsed?.ok) identity = { analyst: parsed.data.analyst, ...(parsed.data.profile ? { profile: parsed.data.profile } : {}) };
  else {
    if (parsed) {
      const aside = await setAside(path);
      report({
        file: path,
        problem: `The file ${parsed.problem}.`,
        action: `${aside ? `Set it aside as ${aside}. ` : ''}You will be asked for your name again.`,
      });
    }
    await makeDirectoryDurably(dir, path);
    await writeFileDurably(path, JSON.stringify({ schemaVersion: IDENTITY_SCHEMA_VERSION, analyst: fallback }, null, 2));
  }
  return {
    get: () => structuredClone(identity),
    async setProfile(choice) {
      const name = choice.name.trim();
      const next = identitySchema.safeParse({
        schemaVersion: IDENTITY_SCHEMA_VERSION,
        analyst: { id: identity.analyst.id, name },
        profile: { initials: choice.initials.trim().toUpperCase(), colour: choice.colour.toLowerCase(), confirmed: true },
      });
      if (!next.success || name === '') {
        const issue = next.success ? { message: 'a name is needed', path: ['name'] } : next.error.issues[0];
        throw new UserFacingError(
          'invalid-request',
          `Your profile cannot be saved: ${issue?.message} (${String(issue?.path.at(-1) ?? 'profile')}).`,
        );
      }
      await makeDirectoryDurably(dir, path);
      await writeFileDurably(path, JSON.stringify(next.data, null, 2));
      identity = { analyst: next.data.analyst, ...(next.data.profile ? { profile: next.data.profile } : {}) };
      return structuredClone(identity);
    },
  };
}

/**
 * The identity kept in a store's own settings, for a store used on its own (tests, the command
 * line) rather than as a casebook: the profile then lives in the store's settings file.
 */
export function storeIdentity(store: Pick<Store, 'getSettings' | 'updateSettings'>): IdentityFile {
  return {
    get() {
      const { analyst, profile } = store.getSettings();
      return { analyst, ...(profile ? { profile } : {}) };
    },
    async setProfile(choice) {
      const { analyst } = store.getSettings();
      const settings = await store.updateSettings({
        analyst: { id: analyst.id, name: choice.name.trim() },
        profile: { initials: choice.initials.trim().toUpperCase(), colour: choice.colour.toLowerCase(), confirmed: true },
      });
      return { analyst: settings.analyst, ...(settings.profile ? { profile: settings.profile } : {}) };
    },
  };
}

/** The settings a renderer sees: the store's, with the analyst and profile of this machine. */
export function withIdentity<S extends { analyst: Creator; profile?: AnalystProfile }>(settings: S, identity: Identity): S {
  const rest = { ...settings };
  // The store's own profile (from before casebooks) is not this machine's analyst's.
  delete rest.profile;
  return { ...rest, analyst: identity.analyst, ...(identity.profile ? { profile: identity.profile } : {}) };
}
