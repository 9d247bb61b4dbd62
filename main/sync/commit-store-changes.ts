import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Creator } from '../../shared/model/annotation';
import { classifyCasebookPath, LAYOUT_PATHSPECS, type CasebookFile } from '../../shared/sync/casebook-layout';
import { describeLayerChange } from '../../shared/sync/describe-layer-change';
import { diffLayer } from '../../shared/sync/layer-changes';
import { toSafeFileName } from '../store/safe-file-name';
import { EMPTY_TREE, type GitObjects, type Person, type TreeChange } from './git-objects';

/** What committing the store's own writes made. */
export interface CommittedWork {
  /** Commits made, oldest first. */
  commits: number;
  /** Files those commits changed. */
  files: number;
}

/** A git person for an analyst: their name, and an address made from their id (history reads the id back from the files). */
export function personOf(analyst: Creator): Person {
  return { name: analyst.name || analyst.id, email: `${encodeURIComponent(analyst.id)}@analysts.factmark.invalid` };
}

/**
 * Commits what the store wrote since the last sync: the casebook files in the work tree that
 * differ from the index (which holds what sync last committed or pulled). A file pulled from
 * the remote but refused was never written, so it is never committed back. Files are grouped
 * by whose they are: each analyst's layer, review and anchoring files go in a commit authored
 * as that analyst (a colleague's layer imported `--as` them included); articles, sources and
 * workspace files in one authored as `me`. Each message says what changed, per article.
 * A file gone from the work tree is committed as removed only when it is one `me` deletes for
 * good (`removableByMe`): their own layer, review and anchoring files, and an article's files
 * once no layer on it is left; any other missing file stays committed as it was.
 */
export async function commitStoreChanges(objects: GitObjects, storeDir: string, me: Creator, branchRef: string): Promise<CommittedWork> {
  const before = await objects.indexTree();
  await objects.stageWorkTree(LAYOUT_PATHSPECS);
  const removed = await removableByMe(storeDir, me, await objects.removedFromWorkTree(LAYOUT_PATHSPECS));
  await objects.setIndexEntries(removed.map((path) => ({ path })));
  const after = await objects.indexTree();
  if (before === after) return { commits: 0, files: 0 };
  const changes = await objects.diff(before, after);
  const outside = changes.filter((c) => !classifyCasebookPath(c.path));
  // The pathspecs are a coarse first cut; anything they let in that the layout does not name leaves the index again.
  if (outside.length > 0) await objects.setIndexEntries(outside.map((c) => ({ path: c.path, mode: c.before?.mode, sha: c.before?.sha })));
  const work = changes.filter((c) => classifyCasebookPath(c.path));
  if (work.length === 0) return { commits: 0, files: 0 };

  // Only per-analyst files are read: their content names the author and what changed.
  // A removed document is read too: its title names what was deleted.
  const perAnalyst = work.filter((c) =>
    ['layer', 'review', 'anchoring', ...(c.after ? [] : ['document'])].includes(classifyCasebookPath(c.path)?.kind ?? ''),
  );
  const blobs = await objects.blobs(perAnalyst.flatMap((c) => [c.before?.sha, c.after?.sha].filter((s): s is string => s !== undefined)));
  const titles = titleReader(storeDir, removedTitles(work, blobs));
  const groups = new Map<string, { author: Creator; lines: string[]; changes: TreeChange[] }>();
  for (const change of work) {
    const file = classifyCasebookPath(change.path) as CasebookFile;
    const content = parseJson(blobs.get(change.after?.sha ?? ''));
    const author = (change.after && ownerOf(file, content)) || me;
    const group = groups.get(author.id) ?? { author, lines: [], changes: [] };
    group.changes.push(change);
    group.lines.push(await describe(file, change, content, parseJson(blobs.get(change.before?.sha ?? '')), titles));
    groups.set(author.id, group);
  }

  let parent = await objects.resolve(branchRef);
  let files = 0;
  for (const group of groups.values()) {
    const baseTree = parent ? `${parent}^{tree}` : EMPTY_TREE;
    const tree = await objects.buildTree(
      baseTree,
      group.changes.map((c) => ({ path: c.path, mode: c.after?.mode, sha: c.after?.sha })),
    );
    const message = composeMessage(group.lines);
    const commit = await objects.commit(tree, parent ? [parent] : [], message, personOf(group.author), personOf(me));
    await objects.updateRef(branchRef, commit, parent);
    parent = commit;
    files += group.changes.length;
  }
  return { commits: groups.size, files };
}

/**
 * One commit's message from its files' lines: imports first, the library and source lines an
 * import implies left out, two lines in the subject and the rest counted, every line in the body.
 */
function composeMessage(lines: readonly string[]): string {
  const imports = lines.some((l) => l.startsWith('Imported '));
  // An article deleted for good says it once: its layer, versions, bytes and library entry went with it.
  const gone = lines.filter((l) => l.startsWith("Deleted '")).map((l) => l.slice('Deleted '.length, -' for good'.length));
  const implied = (l: string) =>
    l === REMOVED_BYTES ||
    l === 'Updated the library' ||
    (l.startsWith('Deleted ') && !l.startsWith("Deleted '") && gone.some((t) => l.includes(t)));
  const kept = [...new Set(lines)].filter(
    (l) => (!imports || (l !== 'Updated the library' && l !== IMPORTED_BYTES)) && (gone.length === 0 || !implied(l)),
  );
  kept.sort((a, b) => Number(b.startsWith('Imported ')) - Number(a.startsWith('Imported ')));
  const subject = kept.slice(0, 2).join('; ') + (kept.length > 2 ? ` and ${kept.length - 2} more` : '');
  return kept.length > 2 ? `${subject}\n\n${kept.map((l) => `- ${l}`).join('\n')}\n` : `${subject}\n`;
}

const IMPORTED_BYTES = 'Kept the imported bytes of an article';
const REMOVED_BYTES = 'Deleted the imported bytes of an article for good';

/** The analyst a per-analyst file belongs to, as its content names them. */
function ownerOf(file: CasebookFile, content: unknown): Creator | undefined {
  const data = content as { analyst?: Creator; reviewer?: Creator; analystId?: string } | undefined;
  if (file.kind === 'layer' && data?.analyst) return data.analyst;
  if (file.kind === 'review' && data?.reviewer) return data.reviewer;
  if (file.kind === 'anchoring' && typeof data?.analystId === 'string') return { id: data.analystId, name: data.analystId };
  return undefined;
}

async function describe(
  file: CasebookFile,
  change: TreeChange,
  after: unknown,
  before: unknown,
  title: (document: string) => Promise<string>,
): Promise<string> {
  if (!change.after) return describeRemoval(file, title);
  switch (file.kind) {
    case 'layer': {
      const list = (v: unknown) => ((v as { annotations?: [] } | undefined)?.annotations ?? []) as Parameters<typeof diffLayer>[0];
      return describeLayerChange(diffLayer(list(before), list(after)), await title(file.document));
    }
    case 'review':
      return describeLayerChange([], await title(file.document), 'reviews');
    case 'anchoring':
      return describeLayerChange([], await title(file.document), 'anchoring to the new version');
    case 'document':
      return change.before ? describeLayerChange([], await title(file.name), 'the article') : `Imported '${await title(file.name)}'`;
    case 'versions':
    case 'archived-version':
      return describeLayerChange([], await title(file.document), 'versions');
    case 'source':
      return IMPORTED_BYTES;
    case 'library':
      return 'Updated the library';
    case 'settings':
      return 'Updated the workspace settings';
  }
}

async function describeRemoval(file: CasebookFile, title: (document: string) => Promise<string>): Promise<string> {
  switch (file.kind) {
    case 'layer':
      return `Deleted my annotations on '${await title(file.document)}' for good`;
    case 'review':
      return `Deleted my reviews of '${await title(file.document)}' for good`;
    case 'anchoring':
    case 'versions':
    case 'archived-version':
      return `Deleted the versions of '${await title(file.document)}' for good`;
    case 'document':
      return `Deleted '${await title(file.name)}' for good`;
    case 'source':
      return REMOVED_BYTES;
    case 'library':
    case 'settings':
      return 'Deleted a workspace file';
  }
}

/**
 * Which of the files gone from the work tree `me` deleted for good and sync commits as removed:
 * their own layer, review and anchoring files, imported bytes, and an article's document and
 * versions once no layer file on it is left in the store. A colleague's file, the library and
 * the settings are never removed by a missing file (it stays committed as it was).
 */
async function removableByMe(storeDir: string, me: Creator, gone: readonly string[]): Promise<string[]> {
  const mine = toSafeFileName(me.id);
  const annotated = new Map<string, Promise<boolean>>();
  const hasLayers = (document: string) => {
    let found = annotated.get(document);
    if (!found) {
      found = readdir(join(storeDir, 'annotations', document)).then(
        (names) => names.some((n) => n.endsWith('.json') && !n.startsWith('.')),
        () => false,
      );
      annotated.set(document, found);
    }
    return found;
  };
  const removable: string[] = [];
  for (const path of gone) {
    const file = classifyCasebookPath(path);
    if (!file) continue;
    const ok =
      file.kind === 'layer' || file.kind === 'review' || file.kind === 'anchoring'
        ? file.owner === mine
        : file.kind === 'source'
          ? true
          : file.kind === 'document'
            ? !(await hasLayers(file.name))
            : file.kind === 'versions' || file.kind === 'archived-version'
              ? !(await hasLayers(file.document))
              : false;
    if (ok) removable.push(path);
  }
  return removable;
}

/** Titles of the documents this commit removes, read from their last committed bytes. */
function removedTitles(changes: readonly TreeChange[], blobs: ReadonlyMap<string, Buffer>): Map<string, string> {
  const titles = new Map<string, string>();
  for (const change of changes) {
    const file = classifyCasebookPath(change.path);
    if (file?.kind !== 'document' || change.after) continue;
    const title = (parseJson(blobs.get(change.before?.sha ?? '')) as { metadata?: { title?: string } } | undefined)?.metadata?.title;
    if (title) titles.set(file.name, title);
  }
  return titles;
}

/** Reads article titles from the work tree (or `known`, for removed articles), each once. */
function titleReader(storeDir: string, known: ReadonlyMap<string, string>): (document: string) => Promise<string> {
  const seen = new Map<string, Promise<string>>([...known].map(([id, title]) => [id, Promise.resolve(title)]));
  return (document) => {
    let title = seen.get(document);
    if (!title) {
      title = readFile(join(storeDir, 'documents', `${document}.json`), 'utf8').then(
        (text) => (JSON.parse(text) as { metadata?: { title?: string } }).metadata?.title ?? document,
        () => document,
      );
      seen.set(document, title);
    }
    return title;
  };
}

function parseJson(bytes: Buffer | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
