// Module hooks: `import … from 'electron'` gets the recording fake beside this file, and a
// package the packaged app would not hold (its directory listed in `unshipped`) cannot be
// resolved, as in the installed app, where it is simply absent.
import { fileURLToPath } from 'node:url';

const FAKE = new URL('./electron.mjs', import.meta.url).href;
let unshipped = [];

export function initialize(data) {
  unshipped = data?.unshipped ?? [];
}

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: FAKE, shortCircuit: true };
  const resolved = await next(specifier, context);
  if (resolved.url.startsWith('file:') && isUnshipped(fileURLToPath(resolved.url), unshipped)) {
    throw Object.assign(
      new Error(`Cannot find package '${specifier}' imported from ${context.parentURL}: electron-builder leaves it out of the app`),
      {
        code: 'ERR_MODULE_NOT_FOUND',
      },
    );
  }
  return resolved;
}

/** Whether `file` lies inside one of the `dirs` (each ending with a path separator). */
export function isUnshipped(file, dirs) {
  return dirs.some((dir) => file.startsWith(dir));
}
