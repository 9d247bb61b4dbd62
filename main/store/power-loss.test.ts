import { describe, expect, it } from 'vitest';
import { runPowerLoss } from './test-support/power-loss-run';

describe('a store after power loss', () => {
  it('opens to a state holding every acknowledged change, whatever unflushed writes were dropped or reordered, at every point of a session', async () => {
    const result = await runPowerLoss({ changes: 4 });
    expect(result.problems).toEqual([]);
    expect(result.crashes).toBe(3 * (result.operations + 1));
    expect(result.states).toBeGreaterThan(20);
    expect(result.checked).toBeGreaterThan(result.states);
  }, 180_000);

  it('would lose acknowledged changes if files were renamed into place without being fsynced first', async () => {
    const result = await runPowerLoss({
      changes: 2,
      policies: ['eager'],
      withoutFileSync: true,
    });
    expect(result.problems.some((p) => /acknowledged .* is lost|needed|ends early|empty/.test(p))).toBe(true);
  }, 60_000);
});
