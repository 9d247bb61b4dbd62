/**
 * Three-way merges for files several processes write (colleagues sharing a casebook): `mine` is
 * this process's data, `theirs` the file on disk now, `base` what this process last read or
 * wrote (undefined when it never had the file). What this process changed since base wins;
 * everything else is theirs, so a colleague's change is never dropped by a stale copy.
 */

/** Field by field over one object: a field changed here since base is mine, any other theirs. */
export function mergeFields<T extends object>(mine: T, theirs: T, base: T | undefined): T {
  const merged: Record<string, unknown> = { ...(theirs as Record<string, unknown>) };
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const own = (mine as Record<string, unknown>)[key];
    if (!sameJson(own, (base as Record<string, unknown> | undefined)?.[key])) {
      if (own === undefined) delete merged[key];
      else merged[key] = own;
    }
  }
  return merged as T;
}

/**
 * Over a list of entries with ids where entries are added and changed but never removed: every
 * entry of either side is kept; one on both sides is mine if I changed it since base, else theirs.
 * Theirs come first, in their order, then entries only I have.
 */
export function mergeEntriesById<E extends { id: string }>(mine: readonly E[], theirs: readonly E[], base: readonly E[] | undefined): E[] {
  const own = new Map(mine.map((e) => [e.id, e]));
  const before = new Map((base ?? []).map((e) => [e.id, e]));
  const merged = theirs.map((entry) => {
    const changed = own.get(entry.id);
    return changed !== undefined && !sameJson(changed, before.get(entry.id)) ? changed : entry;
  });
  const onDisk = new Set(theirs.map((e) => e.id));
  return [...merged, ...mine.filter((e) => !onDisk.has(e.id))];
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
