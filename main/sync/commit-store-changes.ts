import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Creator } from '../../shared/model/annotation';
import { classifyCasebookPath, LAYOUT_PATHSPECS, type CasebookFile } from '../../shared/sync/casebook-layout';
import { describeLayerChange } from '../../shared/sync/describe-layer-change';
import { diffLayer } from '../../shared/sync/layer-changes';
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
 * Deletions are not synced: the store never deletes a casebook file.
 */
export async function commitStoreChanges(objects: GitObjects, storeDir: string, me: Creator, branchRef: string): Promise<CommittedWork> {
  const before = await objects.indexTree();
  await objects.stageWorkTree(LAYOUT_PATHSPECS);
  const after = await objects.indexTree();
  if (before === after) return { commits: 0, files: 0 };
  const changes = (await objects.diff(before, after)).filter((c) => c.after);
  const outside = changes.filter((c) => !classifyCasebookPath(c.path));
  // The pathspecs are a coarse first cut; anything they let in that the layout does not name leaves the index again.
  if (outside.length > 0) await objects.setIndexEntries(outside.map((c) => ({ path: c.path, mode: c.before?.mode, sha: c.before?.sha })));
  const work = changes.filter((c) => classifyCasebookPath(c.path));
  if (work.length === 0) return { commits: 0, files: 0 };

  // Only per-analyst files are read: their content names the author and what changed.
  const perAnalyst = work.filter((c) => ['layer', 'review', 'anchoring'].includes(classifyCasebookPath(c.path)?.kind ?? ''));
  const blobs = await objects.blobs(perAnalyst.flatMap((c) => [c.before?.sha, c.after?.sha].filter((s): s is string => s !== undefined)));
  const titles = titleReader(storeDir);
  const groups = new Map<string, { author: Creator; lines: string[]; changes: TreeChange[] }>();
  for (const change of work) {
    const file = classifyCasebookPath(change.path) as CasebookFile;
    const content = parseJson(blobs.get(change.after?.sha ?? ''));
    const author = ownerOf(file, content) ?? me;
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
  const kept = [...new Set(lines)].filter((l) => !imports || (l !== 'Updated the library' && l !== IMPORTED_BYTES));
  kept.sort((a, b) => Number(b.startsWith('Imported ')) - Number(a.startsWith('Imported ')));
  const subject = kept.slice(0, 2).join('; ') + (kept.length > 2 ? ` and ${kept.length - 2} more` : '');
  return kept.length > 2 ? `${subject}\n\n${kept.map((l) => `- ${l}`).join('\n')}\n` : `${subject}\n`;
}

const IMPORTED_BYTES = 'Kept the imported bytes of an article';

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

/** Reads article titles from the work tree, each once. */
function titleReader(storeDir: string): (document: string) => Promise<string> {
  const seen = new Map<string, Promise<string>>();
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
