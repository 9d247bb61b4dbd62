import { access, mkdir, readdir, rename, rmdir } from 'node:fs/promises';
import { dirname, join, posix, sep } from 'node:path';
import { idFromSafeFileName, toSafeFileName } from './safe-file-name';

// The store's folders whose files and subfolders are named after ids, and the same under backups/.
const ID_NAMED = ['documents', 'annotations', 'versions'];

/**
 * Renames the files a store written by an earlier Factmark keeps under names `toSafeFileName`
 * no longer gives: ids with upper-case letters (`Mallory.json`, now `%4Dallory.json`) and device
 * names Windows reserves (`con.json`, now `%63on.json`), backups included, so such a store stays
 * readable. A file whose new name is taken is left as it is. Resolves with the store-relative
 * paths renamed, as `[from, to]`; folders emptied by the renames are removed.
 */
export async function renameLegacyFileNames(storeDir: string): Promise<Array<[string, string]>> {
  const renamed: Array<[string, string]> = [];
  const emptied = new Set<string>();
  for (const top of [...ID_NAMED, ...ID_NAMED.map((folder) => `backups/${folder}`)]) {
    for (const from of await listFiles(storeDir, top)) {
      const to = currentRelPath(from);
      if (to === undefined || to === from) continue;
      const taken = await access(join(storeDir, to)).then(
        () => true,
        () => false,
      );
      if (taken) continue;
      try {
        await mkdir(join(storeDir, dirname(to)), { recursive: true });
        await rename(join(storeDir, from), join(storeDir, to));
        renamed.push([from, to]);
        emptied.add(dirname(from));
      } catch {
        // Gone meanwhile, or not ours to move: the next open tries again.
      }
    }
  }
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) await rmdir(join(storeDir, folder)).catch(() => undefined);
  return renamed;
}

/**
 * The path (relative to the store, with `/`) that the file at `relPath` has under today's
 * `toSafeFileName`; undefined when it is not a file named after an id or its name cannot be read.
 */
export function currentRelPath(relPath: string): string | undefined {
  const backup = /^backups\/(.+)(\.\d+)$/u.exec(relPath);
  if (backup !== null) {
    const inner = currentRelPath(backup[1]!);
    return inner === undefined ? undefined : `backups/${inner}${backup[2]}`;
  }
  const [top, ...rest] = relPath.split('/');
  const json = (name: string) => (name.endsWith('.json') ? renameStem(name.slice(0, -'.json'.length), '.json') : undefined);
  const folder = (name: string) => renameStem(name, '');
  const under = (...names: Array<string | undefined>) =>
    names.every((name) => name !== undefined) ? [top, ...names].join('/') : undefined;
  if (top === 'documents' && rest.length === 1) return under(json(rest[0]!));
  if (top === 'annotations' && rest.length === 2) return under(folder(rest[0]!), json(rest[1]!));
  if (top === 'annotations' && rest.length === 3 && rest[1] === 'reviews') return under(folder(rest[0]!), 'reviews', json(rest[2]!));
  if (top === 'versions' && rest.length === 2) return under(folder(rest[0]!), rest[1]);
  if (top === 'versions' && rest.length === 3 && rest[1] === 'anchored') return under(folder(rest[0]!), 'anchored', json(rest[2]!));
  return undefined;
}

function renameStem(stem: string, extension: string): string | undefined {
  if (stem.startsWith('.')) return undefined;
  const id = idFromSafeFileName(stem);
  return id === undefined ? `${stem}${extension}` : `${toSafeFileName(id)}${extension}`;
}

async function listFiles(storeDir: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(storeDir, folder), {
    recursive: true,
    withFileTypes: true,
  }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      posix.join(
        folder,
        join(entry.parentPath, entry.name)
          .slice(join(storeDir, folder).length + 1)
          .split(sep)
          .join('/'),
      ),
    );
}
