import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * The benchmark's page-side tools (`page/bench-page.ts`: probes and the naive reader) bundled as
 * one script to evaluate in a page, which then offers them on `window.__bench`. Evaluated through
 * the DevTools protocol, so the app's Content-Security-Policy does not apply to it.
 */
export async function benchPageScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./page/bench-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
