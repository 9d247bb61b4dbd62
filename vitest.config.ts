import { availableParallelism } from 'node:os';
import type { TestCase } from 'vitest/node';
import type { Reporter } from 'vitest/reporters';
import { configDefaults, defineConfig } from 'vitest/config';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAIN_AND_TOOLS = ['main', 'scripts', 'lint'];

/**
 * main's and the tools' test files that need a worker of their own, found by content so a new one
 * cannot be missed:
 * - those that replace a module (`vi.mock`, `vi.doMock`), so no replacement reaches another file;
 * - those that build a jsdom window that runs scripts (`runScripts`). jsdom lists, once when it
 *   loads, the globals it will copy into such a window's context; if another file in the worker
 *   loaded pdf.js first, its polyfills (`Iterator` on Node 20) are on that list but not in the new
 *   context, and the window fails to build.
 */
const OWN_WORKER_FILES = MAIN_AND_TOOLS.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((path) => join(folder, path))
    .filter(
      (file) =>
        file.endsWith('.test.ts') &&
        !file.includes('node_modules') &&
        /\bvi\.(do)?[mM]ock\(|\brunScripts:/.test(readFileSync(file, 'utf8')),
    ),
);

/**
 * Prints why tests were skipped, once per reason, after the run (as e2e/support's reporter does
 * for Playwright). A test skips with its reason through `context.skip(condition, reason)`; one
 * skipped without a reason is listed as such, so a silent skip shows.
 */
class SkipReasonsReporter implements Reporter {
  private readonly reasons = new Map<string, number>();

  onTestCaseResult(testCase: TestCase): void {
    const result = testCase.result();
    if (result.state !== 'skipped') return;
    const reason = result.note ?? `no reason given (${testCase.module.moduleId.replace(`${process.cwd()}/`, '')})`;
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  onTestRunEnd(): void {
    for (const [reason, count] of this.reasons) console.log(`  Skipped ${count} test${count === 1 ? '' : 's'}: ${reason}`);
  }
}

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // Vitest's default leaves one core idle; on the 2-core machines CI runs on, that halves the
    // suite's speed, and most tests wait on child processes, workers and the disk anyway.
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: ['default', new SkipReasonsReporter()],
    projects: [
      {
        // shared/ is pure logic whose modules keep no state that changes, so a worker keeps the
        // modules it has loaded from one test file to the next: loading them afresh for each of
        // its ~100 files cost more CPU than running their tests. Stubs and spies are undone after
        // every test, so none can leak into the next file.
        extends: true,
        test: {
          name: 'shared',
          include: ['shared/**/*.test.ts'],
          isolate: false,
          unstubGlobals: true,
          unstubEnvs: true,
          restoreMocks: true,
        },
      },
      {
        // The renderer's modules keep state (preferences, caches of DOM nodes), so its setup file
        // evaluates them afresh for each test file; the libraries they use (React, ProseMirror,
        // jsdom) stay loaded in the worker, as shared/'s do. Stubs and spies are undone after
        // each test.
        extends: true,
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['renderer/test-support/fresh-source-modules.ts'],
          isolate: false,
          unstubGlobals: true,
          unstubEnvs: true,
          restoreMocks: true,
        },
      },
      {
        // main's modules keep state (open stores, worker pools, caches), so, as in the renderer,
        // each test file evaluates its own modules afresh while the libraries (isomorphic-git,
        // jsdom, pdf.js, ESLint) stay loaded in the worker: loading them again for each of ~170
        // files was most of this project's time. The files listed in OWN_WORKER_FILES run apart,
        // each in a fresh worker.
        extends: true,
        test: {
          name: 'main and tools',
          include: MAIN_AND_TOOLS.map((folder) => `${folder}/**/*.test.ts`),
          exclude: [...configDefaults.exclude, ...OWN_WORKER_FILES],
          setupFiles: ['renderer/test-support/fresh-source-modules.ts'],
          isolate: false,
          unstubGlobals: true,
          unstubEnvs: true,
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: { name: 'main and tools, own workers', include: OWN_WORKER_FILES.length > 0 ? OWN_WORKER_FILES : ['no-own-worker-files'] },
      },
    ],
  },
});
