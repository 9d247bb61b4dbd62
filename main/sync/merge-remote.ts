import type { Creator } from '../../shared/model/annotation';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { classifyCasebookPath, isSharedCasebookFile, ownerFileName, type CasebookFile } from '../../shared/sync/casebook-layout';
import { mergeSharedFile } from '../../shared/sync/merge-shared-file';
import { toSafeFileName } from '../store/safe-file-name';
import { checkPulledFile } from './check-pulled-file';
import { personOf } from './commit-store-changes';
import { EMPTY_TREE, type GitObjects, type TreeChange, type TreeEntry } from './git-objects';
import { finishMaterializing, type MaterializeJournal } from './materialize';

/** A file from the remote that was not taken, with why (paths relative to the store). */
export interface RefusedFile {
  file: string;
  reason: string;
}

/** What merging the remote's branch did. */
export interface MergeOutcome {
  /** Files written into the store from the remote. */
  pulled: number;
  refused: RefusedFile[];
  /** Other things worth a line on stderr: a colleague's copy of a file this store also changed. */
  notes: string[];
}

/** How a pull treats files: the largest it takes, and who commits the merge. */
export interface MergeOptions {
  me: Creator;
  maxFileBytes: number;
  branchRef: string;
}

const REGULAR = new Set(['100644', '100755']);

/**
 * Merges the remote's commit `theirs` into the store's branch without git's merge machinery,
 * so nothing from the remote is checked out unchecked. Every file the remote changed since the
 * common ancestor is classified: outside the layout, a symbolic link, a submodule or larger than
 * `maxFileBytes` is ignored; one that fails the colleague-file checks (`checkPulledFile`) is
 * refused; both are reported by path and never written, yet stay in the remote's history
 * untouched. Accepted files are written into the store; a shared file (library, settings,
 * versions) changed on both sides is merged by the store's rules (`mergeSharedFile`). Any other
 * file changed on both sides keeps this store's copy (for `options.me`'s own files, the same
 * analyst on two machines), except a colleague's layer, review or anchoring file, where the
 * remote's is taken: a colleague's work reaches this store only through the remote, whose branch
 * only moves forward, so what this store holds of it was pulled from an earlier state of the
 * remote (in a history that crosses itself the merge base can predate that pull) or imported as
 * a copy, and the remote's differing version is the owner's later one. The merge commit has both
 * parents, so pushing it never rewrites the remote; when the store has no commits of its own
 * since, the branch simply moves to theirs.
 */
export async function mergeRemote(objects: GitObjects, storeDir: string, theirs: string, options: MergeOptions): Promise<MergeOutcome> {
  const ours = await objects.resolve(options.branchRef);
  const outcome: MergeOutcome = { pulled: 0, refused: [], notes: [] };
  if (ours && (ours === theirs || (await objects.isAncestor(theirs, ours)))) return outcome;
  const base = ours ? await objects.mergeBase(ours, theirs) : undefined;
  const from = base ?? EMPTY_TREE;
  const theirChanges = await objects.diff(from, theirs);
  const ourChanges = ours ? new Map((await objects.diff(from, ours)).map((c) => [c.path, c])) : new Map<string, TreeChange>();

  const candidates = await screen(objects, theirChanges, options.maxFileBytes, outcome.refused);
  const blobs = await objects.blobs(
    candidates
      .flatMap(({ change }) => [change.after?.sha, change.before?.sha, ourChanges.get(change.path)?.after?.sha])
      .filter((s): s is string => !!s),
  );

  const mine = toSafeFileName(options.me.id);
  const write: MaterializeJournal['files'] = [];
  const overrides: { path: string; mode?: string; sha?: string }[] = [];
  const settled = new Set<string>();
  for (const { change, file } of candidates) {
    const incoming = change.after as TreeEntry;
    const bytes = blobs.get(incoming.sha) ?? Buffer.alloc(0);
    const check = checkPulledFile(file, bytes);
    if (!check.ok) {
      outcome.refused.push({ file: change.path, reason: check.reason });
      continue;
    }
    const own = ourChanges.get(change.path);
    if (!own || !own.after) {
      write.push({
        path: change.path,
        sha: incoming.sha,
        mode: '100644',
        shared: isSharedCasebookFile(file),
        expected: own ? undefined : change.before?.sha,
      });
      continue;
    }
    settled.add(change.path);
    if (own.after.sha === incoming.sha) continue;
    if (!isSharedCasebookFile(file)) {
      const owner = ownerFileName(file);
      if (owner !== undefined && owner !== mine)
        write.push({ path: change.path, sha: incoming.sha, mode: '100644', shared: false, expected: own.after.sha });
      else {
        outcome.notes.push(`${change.path}: changed here and on the remote; this store's copy is kept (the remote's stays in the history)`);
        overrides.push({ path: change.path, mode: own.after.mode, sha: own.after.sha });
      }
      continue;
    }
    const parse = (sha: string | undefined) =>
      sha ? (JSON.parse((blobs.get(sha) ?? Buffer.from('null')).toString('utf8')) as unknown) : undefined;
    const merged = `${JSON.stringify(mergeSharedFile(file, parse(own.after.sha), check.json, parse(change.before?.sha)), null, 2)}`;
    const sha = await objects.writeBlob(merged);
    overrides.push({ path: change.path, sha });
    write.push({ path: change.path, sha, mode: '100644', shared: true, expected: own.after.sha });
  }
  // Files only this store changed keep this store's version; a removal the remote may not make keeps the file.
  for (const [path, own] of ourChanges)
    if (own.after && !settled.has(path)) overrides.push({ path, mode: own.after.mode, sha: own.after.sha });
  const removals = await acceptedRemovals(objects, storeDir, theirChanges, ourChanges, { base, theirs });
  for (const change of theirChanges)
    if (!change.after && change.before && !ourChanges.has(change.path)) {
      if (removals.has(change.path))
        write.push({ path: change.path, sha: '', mode: '', shared: false, expected: change.before.sha, remove: true });
      else overrides.push({ path: change.path, mode: change.before.mode, sha: change.before.sha });
    }

  const fastForward = !ours || base === ours;
  const head = fastForward
    ? theirs
    : await objects.commit(
        await objects.buildTree(`${theirs}^{tree}`, overrides),
        [ours, theirs],
        `Merged colleagues' work (${write.length} ${write.length === 1 ? 'file' : 'files'})\n`,
        personOf(options.me),
        personOf(options.me),
      );
  const journal: MaterializeJournal = { head, expected: ours, branchRef: options.branchRef, files: write };
  await finishMaterializing(objects, storeDir, journal);
  outcome.pulled = write.length;
  return outcome;
}

/**
 * The remote's removals this store carries out: a file in the layout the store did not change
 * since the common ancestor, removed on the remote — a layer, review or anchoring file only by a
 * commit its own analyst authored; an article's document and versions only when no layer file on
 * it is left here (a colleague's layer, committed or not, keeps the article). Imported bytes go
 * when the remote removed them. Anything else the remote removed stays.
 */
async function acceptedRemovals(
  objects: GitObjects,
  storeDir: string,
  theirChanges: readonly TreeChange[],
  ourChanges: ReadonlyMap<string, TreeChange>,
  range: { base: string | undefined; theirs: string },
): Promise<Set<string>> {
  const removed = theirChanges.filter((c) => !c.after && c.before && !ourChanges.has(c.path)).map((c) => c.path);
  const gone = new Set(removed);
  const accepted = new Set<string>();
  const hasLayers = async (document: string) => {
    const names = await readdir(join(storeDir, 'annotations', document)).catch(() => [] as string[]);
    return names.some((n) => n.endsWith('.json') && !n.startsWith('.') && !gone.has(`annotations/${document}/${n}`));
  };
  for (const path of removed) {
    const file = classifyCasebookPath(path);
    const owner = file && ownerFileName(file);
    if (!file || file.kind === 'library' || file.kind === 'settings') continue;
    if (owner !== undefined) {
      const author = await objects.removedBy(range.base, range.theirs, path);
      if (author !== undefined && analystFileNameOf(author) === owner) accepted.add(path);
    } else if (file.kind === 'source' || !(await hasLayers(file.kind === 'document' ? file.name : file.document))) accepted.add(path);
  }
  return accepted;
}

/** The file name of the analyst a commit author address made by `personOf` names, or undefined for any other address. */
function analystFileNameOf(email: string): string | undefined {
  const local = /^([^@]+)@analysts\.factmark\.invalid$/.exec(email)?.[1];
  if (local === undefined) return undefined;
  try {
    return toSafeFileName(decodeURIComponent(local));
  } catch {
    return undefined;
  }
}

/** The remote's changed files worth reading; the rest are listed in `refused` with why. */
async function screen(
  objects: GitObjects,
  changes: readonly TreeChange[],
  maxFileBytes: number,
  refused: { file: string; reason: string }[],
) {
  const added = changes.filter((c) => c.after);
  const sizes = await objects.sizes(added.filter((c) => REGULAR.has(c.after?.mode ?? '')).map((c) => c.after?.sha as string));
  const kept: { change: TreeChange; file: CasebookFile }[] = [];
  for (const change of added) {
    const entry = change.after as TreeEntry;
    const file = classifyCasebookPath(change.path);
    const size = sizes.get(entry.sha) ?? 0;
    const reason =
      entry.mode === '120000'
        ? 'is a symbolic link; ignored'
        : entry.mode === '160000'
          ? 'is a submodule; ignored'
          : !REGULAR.has(entry.mode)
            ? 'is not a regular file; ignored'
            : !file
              ? 'is outside the casebook layout; ignored'
              : size > maxFileBytes
                ? `is ${describeSize(size)}, over the ${describeSize(maxFileBytes)} limit; ignored`
                : undefined;
    if (reason) refused.push({ file: change.path, reason });
    else kept.push({ change, file: file as CasebookFile });
  }
  return kept;
}

function describeSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
