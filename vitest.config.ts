import { availableParallelism } from 'node:os';
import type { TestCase } from 'vitest/node';
import type { Reporter } from 'vitest/reporters';
import { defineConfig } from 'vitest/config';

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
    include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts', 'lint/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // Vitest's default leaves one core idle; on the 2-core machines CI runs on, that halves the
    // suite's speed, and most tests wait on child processes, workers and the disk anyway.
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: ['default', new SkipReasonsReporter()],
  },
});
