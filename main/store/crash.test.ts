import { describe, expect, it } from 'vitest';
import { runCrashSeries } from './test-support/crash-harness';
import { makeTempDir } from './test-support/fixtures';

describe('a store killed mid-write', () => {
  it(
    'keeps every acknowledged change and only valid files across 50 SIGKILLs',
    async () => {
      // Two folders in parallel halve the time spent starting children; the kills add up.
      const series = await Promise.all(
        [1, 3].map(async (inFlight) =>
          runCrashSeries({ dir: await makeTempDir(), kills: 25, inFlight, minDelayMs: 20, maxDelayMs: 200 }),
        ),
      );
      const kills = series.reduce((n, s) => n + s.kills, 0);
      const acknowledged = series.reduce((n, s) => n + s.acknowledged, 0);
      expect(kills).toBe(50);
      expect(acknowledged).toBeGreaterThan(50);
      expect(series.flatMap((s) => s.problems)).toEqual([]);
      expect(series.map((s) => [s.lost, s.inconsistent])).toEqual([
        [0, 0],
        [0, 0],
      ]);
    },
    90_000,
  );
});
