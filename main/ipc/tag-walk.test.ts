import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const STORE_DOOR = 'main/store/open-store.ts';

/** The numbered files of main/README.md's "A tag, key to disk", in order. */
function readWalk(): string[] {
  const readme = readFileSync(join(ROOT, 'main/README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('A tag, key to disk'));
  if (!section) throw new Error('main/README.md has no "A tag, key to disk" section');
  return [...section.matchAll(/^\d+\. `([^`]+)`/gm)].map((m) => m[1]!);
}

/** The repo files `file` imports (type-only imports too), resolved to repo-relative paths. */
function importsOf(file: string): Set<string> {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...source.matchAll(/^import [^;]*?from '(\.[^']+)';/gms)].map((m) => m[1]!);
  return new Set(specifiers.map((s) => join(dirname(file), s).replace(/(\.ts)?$/, '.ts')));
}

/**
 * Steps that reach the next without importing it, each with the line of the first file that makes
 * the call: the key listener runs commands on a structural `ReaderKeyTargets`, the page and the
 * preload meet at `window.factmark`, the preload and main across Electron's IPC, and the composition
 * root hands the edge the handlers, whose `annotations:apply` is the store's own method.
 */
const SEAMS: Record<string, { to: string; call: string; via?: { file: string; call: string } }> = {
  'renderer/src/keys/key-commands.ts': { to: 'renderer/src/reader/reader-session.ts', call: 'session.toggleTag(command.tag' },
  'renderer/src/ipc/client.ts': { to: 'main/preload/create-bridge.ts', call: 'bridge[channel]' },
  'main/preload/create-bridge.ts': { to: 'main/ipc/ipc-edge.ts', call: 'ipcRenderer.invoke(channel' },
  'main/ipc/ipc-edge.ts': {
    to: STORE_DOOR,
    call: 'handlers[channel]',
    via: { file: 'main/ipc/handlers.ts', call: "'annotations:apply': store.saveAnnotations," },
  },
};

describe('a tag, key to disk (main/README.md)', () => {
  const walk = readWalk();

  it('names at most 10 files, each once, every one of them there', () => {
    expect(walk.length).toBeGreaterThan(0);
    expect(walk.length).toBeLessThanOrEqual(10);
    expect(new Set(walk).size).toBe(walk.length);
    for (const file of walk) expect(existsSync(join(ROOT, file)), file).toBe(true);
  });

  it('reaches the store within 7 files of the key press', () => {
    expect(walk.indexOf(STORE_DOOR)).toBeGreaterThanOrEqual(0);
    expect(walk.indexOf(STORE_DOOR)).toBeLessThanOrEqual(7);
  });

  it('takes each step by an import or a named seam, so a file slipped in between shows', () => {
    for (const [i, file] of walk.slice(0, -1).entries()) {
      const next = walk[i + 1]!;
      const seam = SEAMS[file];
      if (seam) {
        expect(seam.to, `${file} → ${next}`).toBe(next);
        expect(readFileSync(join(ROOT, file), 'utf8'), `${file} makes the call`).toContain(seam.call);
        if (seam.via) expect(readFileSync(join(ROOT, seam.via.file), 'utf8'), `${seam.via.file} adds no step`).toContain(seam.via.call);
      } else {
        expect([...importsOf(file)], `${file} imports ${next}`).toContain(next);
      }
    }
  });
});
