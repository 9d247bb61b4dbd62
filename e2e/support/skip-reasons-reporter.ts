import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints why tests were skipped, once per reason, after the run. Playwright's own reporters show
 * only that a test skipped; a suite skipped for want of an Electron binary must say so.
 */
export default class SkipReasonsReporter implements Reporter {
  private readonly reasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description ?? 'no reason given';
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  onEnd(_result: FullResult): void {
    for (const [reason, count] of this.reasons) console.log(`  Skipped ${count} test${count === 1 ? '' : 's'}: ${reason}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
