/**
 * The casebook's files as a synced repository sees them: which paths belong to the layout, what
 * each holds, and whose it is. A path outside this list is never written into a store.
 */
export type CasebookFile =
  | { kind: 'library' }
  | { kind: 'settings' }
  | { kind: 'document'; name: string }
  | { kind: 'source'; sha256: string }
  | { kind: 'layer'; document: string; owner: string }
  | { kind: 'review'; document: string; owner: string }
  | { kind: 'versions'; document: string }
  | { kind: 'archived-version'; document: string; number: number }
  | { kind: 'anchoring'; document: string; owner: string };

// A name as the store's safe-file-name encoding writes it: lower-case letters, digits, . _ - % and ~ (shortened names); never hidden.
const NAME = '([a-z0-9_%~-][a-z0-9._%~-]{0,199})';

const PATTERNS: readonly [RegExp, (m: string[]) => CasebookFile][] = [
  [/^library\.json$/, () => ({ kind: 'library' })],
  [/^settings\.json$/, () => ({ kind: 'settings' })],
  [new RegExp(`^documents/${NAME}\\.json$`), (m) => ({ kind: 'document', name: m[1] as string })],
  [/^sources\/([0-9a-f]{64})$/, (m) => ({ kind: 'source', sha256: m[1] as string })],
  [
    new RegExp(`^annotations/${NAME}/reviews/${NAME}\\.json$`),
    (m) => ({ kind: 'review', document: m[1] as string, owner: m[2] as string }),
  ],
  [new RegExp(`^annotations/${NAME}/${NAME}\\.json$`), (m) => ({ kind: 'layer', document: m[1] as string, owner: m[2] as string })],
  [new RegExp(`^versions/${NAME}/versions\\.json$`), (m) => ({ kind: 'versions', document: m[1] as string })],
  [
    new RegExp(`^versions/${NAME}/([1-9][0-9]{0,8})\\.json$`),
    (m) => ({ kind: 'archived-version', document: m[1] as string, number: Number(m[2]) }),
  ],
  [
    new RegExp(`^versions/${NAME}/anchored/${NAME}\\.json$`),
    (m) => ({ kind: 'anchoring', document: m[1] as string, owner: m[2] as string }),
  ],
];

/**
 * What the store-relative `path` (forward slashes) holds, or undefined when it is outside the
 * casebook layout: backups, locks, temp files (hidden names), files set aside as corrupt, and
 * anything a remote adds of its own (`.gitattributes`, scripts, folders of its own).
 */
export function classifyCasebookPath(path: string): CasebookFile | undefined {
  if (path.split('/').some((part) => part === '.' || part === '..' || part === '' || part.startsWith('.'))) return undefined;
  for (const [pattern, make] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return make(match);
  }
  return undefined;
}

/** The files several analysts write, merged on pull by the store's rules; every other file has one writer. */
export function isSharedCasebookFile(file: CasebookFile): boolean {
  return file.kind === 'library' || file.kind === 'settings' || file.kind === 'versions';
}

/** The analyst whose file this is by its place in the layout (the encoded file name), or undefined for a workspace file. */
export function ownerFileName(file: CasebookFile): string | undefined {
  return file.kind === 'layer' || file.kind === 'review' || file.kind === 'anchoring' ? file.owner : undefined;
}

/**
 * Git pathspecs for `git add`: the store folder without what is never casebook content (backups,
 * locks, hidden temp files, files set aside as corrupt). A coarse cut that cannot fail on a
 * missing file; what it lets in beyond the layout is dropped again by `classifyCasebookPath`.
 */
export const LAYOUT_PATHSPECS: readonly string[] = [
  '.',
  ':(exclude)backups',
  ':(exclude,glob)**/.*',
  ':(exclude,glob)*.lock',
  ':(exclude,glob)**/*.corrupt-*',
];
