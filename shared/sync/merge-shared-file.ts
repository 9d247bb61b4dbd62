import type { CasebookFile } from './casebook-layout';

/**
 * Three-way merges of the files several analysts write, as a pull meets them: `ours` is this
 * store's committed version, `theirs` the remote's, `base` their common ancestor (undefined when
 * both added the file). The store's own rules, with git's exact base: a field or entry changed
 * here since base is ours, anything else theirs, so no colleague's article, setting or version is
 * dropped. The result is a JSON value to write; never a conflict marker.
 */
export function mergeSharedFile(file: CasebookFile, ours: unknown, theirs: unknown, base: unknown): unknown {
  switch (file.kind) {
    case 'library': {
      const merged = mergeFields(asRecord(ours), asRecord(theirs), asRecordOrUndefined(base));
      const documents = mergeEntries(listOf(ours, 'documents'), listOf(theirs, 'documents'), optionalListOf(base, 'documents'), (e) =>
        String(e.id),
      );
      return { ...merged, documents: documents.sort((a, b) => Date.parse(String(b.importedAt)) - Date.parse(String(a.importedAt))) };
    }
    case 'versions': {
      const merged = mergeFields(asRecord(ours), asRecord(theirs), asRecordOrUndefined(base));
      // Two analysts adding a version at once both number it n: theirs keeps n, ours follows as n+1.
      const versions = mergeEntries(listOf(ours, 'versions'), listOf(theirs, 'versions'), optionalListOf(base, 'versions'), versionKey);
      const review = mergeEntries(
        listOf(ours, 'review'),
        listOf(theirs, 'review'),
        optionalListOf(base, 'review'),
        (e) => `${String(e.analystId)}/${String(e.annotationId)}/${String(e.version)}`,
      );
      return { ...merged, versions: versions.map((v, i) => ({ ...v, number: i + 1 })), review };
    }
    case 'settings':
    case 'document':
    case 'source':
    case 'layer':
    case 'review':
    case 'archived-version':
    case 'anchoring':
      // Both added the settings (a store with work joining a casebook): the casebook's workspace wins, fields it lacks are ours.
      return base === undefined
        ? { ...asRecord(ours), ...asRecord(theirs) }
        : mergeFields(asRecord(ours), asRecord(theirs), asRecord(base));
  }
}

type Entry = Record<string, unknown>;

function versionKey(entry: Entry): string {
  return String(entry.sha256);
}

/** Field by field over one object: a field changed here since base is ours, any other theirs. */
export function mergeFields(ours: Entry, theirs: Entry, base: Entry | undefined): Entry {
  const merged: Entry = { ...theirs };
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const own = ours[key];
    if (!sameJson(own, base?.[key])) {
      if (own === undefined) delete merged[key];
      else merged[key] = own;
    }
  }
  return merged;
}

/**
 * Entries with keys, added and changed but never removed: every entry of either side is kept;
 * one on both sides is ours if changed here since base, else theirs. Theirs first, then only ours.
 */
export function mergeEntries(
  ours: readonly Entry[],
  theirs: readonly Entry[],
  base: readonly Entry[] | undefined,
  key: (e: Entry) => string,
): Entry[] {
  const own = new Map(ours.map((e) => [key(e), e]));
  const before = new Map((base ?? []).map((e) => [key(e), e]));
  const merged = theirs.map((entry) => {
    const changed = own.get(key(entry));
    return changed !== undefined && !sameJson(changed, before.get(key(entry))) ? changed : entry;
  });
  const remote = new Set(theirs.map(key));
  return [...merged, ...ours.filter((e) => !remote.has(key(e)))];
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function asRecord(value: unknown): Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Entry) : {};
}

function asRecordOrUndefined(value: unknown): Entry | undefined {
  return value === undefined ? undefined : asRecord(value);
}

function listOf(value: unknown, field: string): Entry[] {
  const list = asRecord(value)[field];
  return Array.isArray(list) ? (list.filter((e) => typeof e === 'object' && e !== null) as Entry[]) : [];
}

function optionalListOf(value: unknown, field: string): Entry[] | undefined {
  return value === undefined ? undefined : listOf(value, field);
}
