import { rename, stat } from 'node:fs/promises';

/**
 * Renames an unusable file to `<path>.corrupt-<UTC time>` (with `-2`, `-3`… if that name is
 * taken) so its bytes stay on disk for inspection and nothing writes over them. Returns the new
 * path, or undefined when there was no file to move. Callers hold the store lock, so no other
 * process races for the name.
 */
export async function setAside(path: string, now: Date = new Date()): Promise<string | undefined> {
  if (!(await stat(path).catch(() => undefined))) return undefined;
  const stamp = `${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
  let target = `${path}.corrupt-${stamp}`;
  for (let n = 2; await stat(target).catch(() => undefined); n++) target = `${path}.corrupt-${stamp}-${n}`;
  await rename(path, target);
  return target;
}
