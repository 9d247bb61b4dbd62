import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../../shared/random/seeded-random';
import { useDurableFs } from '../durable-fs';
import { openStore, type Store } from '../open-store';
import { ALICE, makeAnnotation, makeArticle, sourceBytesFor } from './fixtures';
import { createRecordingFs, materialize, replayUntilCrash, snapshot, type DiskImage, type DiskOp, type LossPolicy } from './power-loss';

/** What replaying a recorded session with power lost at every point found. */
export interface PowerLossResult {
  /** Operations in the recorded log. */
  operations: number;
  /** Crash points × policies replayed. */
  crashes: number;
  /** Distinct disk states among them, each opened and checked. */
  states: number;
  /** Acknowledged changes checked across all states. */
  checked: number;
  /** Acknowledged changes missing, and files that needed recovery, one line each. */
  problems: string[];
}

const DOC = 'doc';

/** Records a session of `changes` rounds: a tag every round, a settings change every second, an import every third, a retitle once. */
async function recordSession(dir: string, changes: number): Promise<DiskOp[]> {
  const recording = createRecordingFs(dir);
  const restore = useDurableFs(recording.fs);
  try {
    const store = await openStore({
      dir,
      defaultAnalyst: ALICE,
      backupIntervalMs: 0,
      // Folds the layer's changes into its file every third change, so power also fails mid-compaction.
      compaction: { afterChanges: 3 },
    });
    for (let i = 1; i <= changes; i++) {
      await store.applyToLayer(DOC, ALICE, {
        upsert: [makeAnnotation(DOC, ALICE, i)],
        remove: [],
      });
      recording.ack(`layer:${i}`);
      if (i % 2 === 0) {
        await store.updateSettings({
          analyst: { id: ALICE.id, name: `Alice ${i}` },
        });
        recording.ack(`settings:${i}`);
      }
      if (i % 3 === 0) {
        await store.addArticle(makeArticle(`art-${i}`, `2026-01-0${Math.min(9, i)}T10:00:00.000Z`), sourceBytesFor(`art-${i}`));
        recording.ack(`article:${i}`);
      }
      if (i === 4) {
        await store.replaceArticle({
          ...(await store.getArticle(DOC)),
          metadata: { title: 'Title 4' },
        });
        recording.ack('title:4');
      }
    }
    await store.close();
  } finally {
    restore();
  }
  return recording.log;
}

function fingerprint(image: DiskImage): string {
  const hash = createHash('sha256');
  for (const dir of [...image.dirs].sort()) hash.update(`d:${dir}\n`);
  for (const [path, bytes] of [...image.files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`f:${path}\n`).update(bytes);
  return hash.digest('hex');
}

/** Checks that `store` holds every acknowledged change; returns what is missing. */
async function findMissing(store: Store, acknowledged: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  const layer = new Set((await store.getLayer(DOC, ALICE)).map((a) => a.id));
  const name = store.getSettings().analyst.name;
  const settingsRound = name === ALICE.name ? 0 : Number(name.replace('Alice ', ''));
  for (const label of acknowledged) {
    const [kind, n] = label.split(':') as [string, string];
    if (kind === 'layer' && !layer.has(`alice-${n}`)) missing.push(`annotation ${n}`);
    if (kind === 'settings' && settingsRound < Number(n)) missing.push(`settings of round ${n} (found '${name}')`);
    if (
      kind === 'article' &&
      !(await store.getArticle(`art-${n}`).then(
        () => true,
        () => false,
      ))
    )
      missing.push(`article art-${n}`);
    if (kind === 'title' && (await store.getArticle(DOC)).metadata.title !== 'Title 4') missing.push('the new title');
  }
  return missing;
}

/**
 * Records a session of store writes, then for every point of its log and every LossPolicy
 * rebuilds what the disk would hold had power failed there, opens that store, and checks it
 * holds every change acknowledged before the crash, with no file needing recovery.
 */
export async function runPowerLoss({
  changes = 6,
  seed = 16,
  policies = ['strict', 'eager', 'reordered'],
  withoutFileSync = false,
}: {
  changes?: number;
  seed?: number;
  policies?: readonly LossPolicy[];
  /** Replays the log as if the writer never fsynced its files: the model must then find losses. */
  withoutFileSync?: boolean;
} = {}): Promise<PowerLossResult> {
  const work = await mkdtemp(join(tmpdir(), 'factmark-power-'));
  const result: PowerLossResult = {
    operations: 0,
    crashes: 0,
    states: 0,
    checked: 0,
    problems: [],
  };
  const seen = new Set<string>();
  try {
    const dir = join(work, 'store');
    const seeding = await openStore({ dir, defaultAnalyst: ALICE });
    await seeding.addArticle(makeArticle(DOC), sourceBytesFor(DOC));
    await seeding.close();
    const before = await snapshot(dir);
    const recorded = await recordSession(dir, changes);
    const log = withoutFileSync ? recorded.filter((op) => op.op !== 'fsync') : recorded;
    result.operations = log.length;
    const random = seededRandom(seed);
    for (let crashAt = 0; crashAt <= log.length; crashAt++) {
      for (const policy of policies) {
        const { image, acknowledged } = replayUntilCrash(before, log, crashAt, policy, random);
        result.crashes++;
        // Most crash points leave the disk as an earlier one did (unflushed writes vanish): each state is opened once per set of acknowledgements.
        const key = `${acknowledged.length}:${fingerprint(image)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const after = await mkdtemp(join(work, 'crash-'));
        await materialize(image, after);
        const store = await openStore({ dir: after, defaultAnalyst: ALICE });
        try {
          const where = `power lost before operation ${crashAt} (${policy})`;
          for (const m of store.messages().filter((m) => /set it aside|backup/i.test(m.action)))
            result.problems.push(`${where}: ${m.file}: ${m.problem}`);
          for (const missing of await findMissing(store, acknowledged)) result.problems.push(`${where}: acknowledged ${missing} is lost`);
          result.checked += acknowledged.length;
          result.states++;
        } finally {
          await store.close();
          await rm(after, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return result;
}
