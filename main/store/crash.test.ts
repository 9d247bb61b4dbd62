import { describe, expect, it } from 'vitest';
import { runCrashSeries } from './test-support/crash-harness';
import { makeTempDir } from './test-support/fixtures';

describe('a store killed mid-write', () => {
  it('keeps every acknowledged change and only valid files across 24 SIGKILLs', async () => {
    // Two folders in parallel halve the time spent starting children; the kills add up. The
    // suite keeps to 24 so `npm test` stays quick; `npm run bench -- --kills N` runs hundreds.
    const series = await Promise.all(
      [1, 3].map(async (inFlight) => runCrashSeries({ dir: await makeTempDir(), kills: 12, inFlight, minDelayMs: 20, maxDelayMs: 200 })),
    );
    const kills = series.reduce((n, s) => n + s.kills, 0);
    const acknowledged = series.reduce((n, s) => n + s.acknowledged, 0);
    expect(kills).toBe(24);
    expect(acknowledged).toBeGreaterThan(24);
    expect(series.flatMap((s) => s.problems)).toEqual([]);
    expect(series.map((s) => [s.lost, s.inconsistent])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  }, 180_000);
});
