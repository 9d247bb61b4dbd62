import { createHash } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { UserFacingError } from '../../../shared/ipc/result';
import type { Article } from '../../../shared/model/article';
import { createReviewFiles } from '../review-files';
import { openArticleVersions } from '../article-versions';
import { useDurableFs } from '../durable-fs';
import { openStore, type Store } from '../open-store';
import { findStoreFileProblems } from './check-store-files';
import { createFaultyFs, type Fault, type FsStep } from './faulty-fs';
import { ALICE, BOB, makeAnnotation, makeArticle, sourceBytesFor } from './fixtures';

/** Every fault the matrix injects. */
export const ALL_FAULTS: readonly Fault[] = ['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EACCES', 'EPERM', 'short', 'lost'];

/** One change to the store, as an analyst makes it, and how to read back whether it is there. */
interface Change {
  name: string;
  /** Makes the change on the open store in `dir`; resolving means the store acknowledged it. */
  make(store: Store, dir: string): Promise<void>;
  /** What the store holds for this change: 'before', 'after', or anything else (which is a fault). */
  look(store: Store, dir: string): Promise<string>;
}

const DOC = 'doc';
const now = () => new Date('2026-02-01T10:00:00.000Z');
let ids = 0;
const newId = () => `id-${++ids}`;

function retitled(article: Article, title: string): Article {
  return { ...article, metadata: { ...article.metadata, title } };
}

function versionTwo(): { article: Article; bytes: Uint8Array } {
  const bytes = new TextEncoder().encode('Headline of doc\n\nThe minister said the bridge opened in 2020.\n');
  const base = makeArticle(DOC, '2026-01-02T10:00:00.000Z');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    bytes,
    article: {
      ...base,
      blocks: [base.blocks[0]!, { type: 'paragraph', text: 'The minister said the bridge opened in 2020.' }],
      source: { ...base.source, sha256, byteLength: bytes.byteLength },
    },
  };
}

/**
 * The changes whose writes the matrix faults, between them writing every kind of store file:
 * sources, documents, the library index, settings, annotation layers, review files, versions
 * (records, archived versions, anchoring files) and — backups being rotated on every write —
 * backups.
 */
export const CHANGES: readonly Change[] = [
  {
    name: 'import an article',
    make: (store) => store.addArticle(makeArticle('new', '2026-01-03T10:00:00.000Z'), sourceBytesFor('new')),
    look: async (store) => {
      if (!store.listArticles().some((a) => a.id === 'new')) return 'before';
      return (await store.getArticle('new')).metadata.title === 'Headline of new' ? 'after' : 'wrong title';
    },
  },
  {
    name: 'retitle an article',
    make: async (store) => store.replaceArticle(retitled(await store.getArticle(DOC), 'Retitled')),
    look: async (store) => ({ 'Headline of doc': 'before', Retitled: 'after' })[(await store.getArticle(DOC)).metadata.title] ?? 'neither',
  },
  {
    name: 'change the settings',
    make: async (store) => void (await store.updateSettings({ analyst: { id: ALICE.id, name: 'Alice Renamed' } })),
    look: async (store) => ({ [ALICE.name]: 'before', 'Alice Renamed': 'after' })[store.getSettings().analyst.name] ?? 'neither',
  },
  {
    name: 'tag a sentence',
    make: (store) => store.applyToLayer(DOC, ALICE, { upsert: [makeAnnotation(DOC, ALICE, 2)], remove: [] }),
    look: async (store) =>
      ({ 'alice-1': 'before', 'alice-1,alice-2': 'after' })[(await store.getLayer(DOC, ALICE)).map((a) => a.id).join(',')] ?? 'neither',
  },
  {
    name: 'tag a sentence and fold the change into the layer file',
    make: async (store) => {
      await store.applyToLayer(DOC, ALICE, { upsert: [makeAnnotation(DOC, ALICE, 2)], remove: [] });
      await store.compactLayers();
    },
    look: async (store) =>
      ({ 'alice-1': 'before', 'alice-1,alice-2': 'after' })[(await store.getLayer(DOC, ALICE)).map((a) => a.id).join(',')] ?? 'neither',
  },
  {
    name: 'accept a colleague tag',
    make: async (store) => {
      const reviews = createReviewFiles(store.dir, () => {});
      await reviews.apply(
        DOC,
        ALICE,
        { decide: [{ annotationId: 'bob-1', analystId: BOB.id, decision: 'accepted' }], reply: [] },
        now(),
        newId,
      );
    },
    look: async (store) => {
      const review = await createReviewFiles(store.dir, () => {}).get(DOC, ALICE);
      return review.decisions.length === 0 ? 'before' : review.decisions[0]?.decision === 'accepted' ? 'after' : 'neither';
    },
  },
  {
    name: 'add a version',
    make: async (store) => {
      const { article, bytes } = versionTwo();
      await openArticleVersions(store).addVersion(DOC, article, bytes, ALICE);
    },
    look: async (store) => {
      const record = await openArticleVersions(store).record(DOC);
      const text = (await store.getArticle(DOC)).blocks[1];
      const current = text?.type === 'paragraph' && text.text.endsWith('2020.') ? 2 : 1;
      // The document is the point after which readers see the new version; the record may run ahead of it only until reopened.
      if (current === 1) return 'before';
      return record.versions.length === 2 ? 'after' : `document at 2, record at ${record.versions.length}`;
    },
  },
];

/** The steps that need free space: a full disk refuses these and nothing else. */
const TAKES_SPACE: ReadonlySet<FsStep['op']> = new Set(['open', 'write', 'mkdir', 'copyFile']);

/** Which kind of store file a path is, for counting faults per kind. */
export function fileKindOf(dir: string, path: string): string {
  const rel = relative(dir, path).split('\\').join('/');
  if (rel.startsWith('backups/')) return 'backups';
  if (rel.startsWith('sources/')) return 'sources';
  if (rel.startsWith('documents/')) return 'documents';
  if (rel.startsWith('versions/')) return 'versions';
  if (/^annotations\/[^/]+\/reviews\//.test(rel)) return 'review files';
  if (rel.startsWith('annotations/') || rel.startsWith('.layer-changes/')) return 'annotation layers';
  if (/library\.json/.test(rel)) return 'library';
  if (/settings\.json/.test(rel)) return 'settings';
  return 'folders';
}

/** What the matrix did and found. */
export interface FaultMatrixResult {
  runs: number;
  /** Faults injected, per fault and per kind of file hit. */
  injected: Record<string, number>;
  injectedByFile: Record<string, number>;
  /** Changes the store acknowledged despite (or around) the fault. */
  acknowledged: number;
  /** Changes the store refused, telling the caller with a message naming a store file. */
  refused: number;
  /** Acknowledged changes missing after reopening. */
  lost: number;
  /** Failures not told in words naming a file, files that do not parse, and wrong states, one line each. */
  problems: string[];
}

async function seedStore(dir: string): Promise<void> {
  const store = await openStore({ dir, defaultAnalyst: ALICE, backupIntervalMs: 0 });
  await store.addArticle(makeArticle(DOC), sourceBytesFor(DOC));
  await store.applyToLayer(DOC, ALICE, { upsert: [makeAnnotation(DOC, ALICE, 1)], remove: [] });
  await store.applyToLayer(DOC, BOB, { upsert: [makeAnnotation(DOC, BOB, 1)], remove: [] });
  await store.close();
}

/** Runs `change` on a copy of `seed` under `fault` at the step `at` picks; records what happened in `result`. */
async function runOnce(
  seed: string,
  work: string,
  change: Change,
  fault: Fault,
  { at, persistent = false }: { at: (step: FsStep) => boolean; persistent?: boolean },
  result: FaultMatrixResult,
): Promise<FsStep[]> {
  const dir = await mkdtemp(join(work, 'run-'));
  await cp(seed, dir, { recursive: true });
  const where = `${change.name} / ${fault}`;
  const store = await openStore({ dir, defaultAnalyst: ALICE, backupIntervalMs: 0 });
  const faulty = createFaultyFs({ fault, at, persistent });
  const restore = useDurableFs(faulty.fs);
  let acknowledged = false;
  try {
    await change.make(store, dir);
    acknowledged = true;
  } catch (error) {
    const told = error instanceof UserFacingError && error.message.includes(dir);
    if (!told) result.problems.push(`${where}: the failure did not name a store file: ${String(error)}`);
  } finally {
    restore();
    await store.close();
  }
  result.runs++;
  const hit = faulty.faulted[0];
  for (const step of faulty.faulted) {
    result.injected[fault] = (result.injected[fault] ?? 0) + 1;
    const kind = fileKindOf(dir, step.path);
    result.injectedByFile[kind] = (result.injectedByFile[kind] ?? 0) + 1;
  }
  if (acknowledged) result.acknowledged++;
  else result.refused++;
  for (const problem of await findStoreFileProblems(dir)) result.problems.push(`${where} at step ${hit?.n}: ${problem}`);
  const reopened = await openStore({ dir, defaultAnalyst: ALICE, readOnly: true });
  try {
    const state = await change.look(reopened, dir);
    if (acknowledged && state !== 'after') {
      result.lost++;
      result.problems.push(`${where} at step ${hit?.n}: acknowledged, but the store holds '${state}'`);
    } else if (state !== 'after' && state !== 'before') {
      result.problems.push(`${where} at step ${hit?.n}: the store holds '${state}'`);
    }
    const recovered = reopened.messages().filter((m) => /set it aside|backup/i.test(m.action));
    for (const m of recovered) result.problems.push(`${where} at step ${hit?.n}: ${m.file} needed recovery: ${m.problem}`);
  } finally {
    await reopened.close();
  }
  await rm(dir, { recursive: true, force: true });
  return faulty.steps;
}

/**
 * Makes each change in `changes` once with a fault at every step of its writes, for every fault
 * in `faults` (a step a fault cannot apply to, like a short fsync, is skipped), and for each of
 * `fillingFaults` once with the disk full from every step on, each on a fresh
 * copy of a seeded store that rotates backups on every write. After each: every file of the
 * store parses and validates, no temp or lock file is left, an acknowledged change is there
 * after reopening, a refused one was told with a message naming a store file and left the store
 * as it was, and nothing needed recovering.
 */
export async function runFaultMatrix({
  changes = CHANGES,
  faults = ALL_FAULTS,
  fillingFaults = [],
}: {
  changes?: readonly Change[];
  faults?: readonly Fault[];
  /** Faults that, from a step on, strike every step that takes space (a disk that fills up and stays full). */
  fillingFaults?: readonly Fault[];
} = {}): Promise<FaultMatrixResult> {
  const work = await mkdtemp(join(tmpdir(), 'factmark-faults-'));
  const result: FaultMatrixResult = { runs: 0, injected: {}, injectedByFile: {}, acknowledged: 0, refused: 0, lost: 0, problems: [] };
  try {
    const seed = join(work, 'seed');
    await seedStore(seed);
    for (const change of changes) {
      const steps = await runOnce(seed, work, change, 'short', { at: () => false }, result);
      for (const fault of faults) {
        for (const step of steps) {
          if ((fault === 'short' || fault === 'lost') && step.op !== 'write') continue;
          await runOnce(seed, work, change, fault, { at: (s) => s.n === step.n }, result);
        }
      }
      for (const fault of fillingFaults) {
        for (const step of steps.filter((s) => TAKES_SPACE.has(s.op))) {
          await runOnce(seed, work, change, fault, { at: (s) => s.n >= step.n && TAKES_SPACE.has(s.op), persistent: true }, result);
        }
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return result;
}
