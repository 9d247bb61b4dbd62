import { ALL_FAULTS, runFaultMatrix } from '../../main/store/test-support/fault-matrix';
import { runPowerLoss } from '../../main/store/test-support/power-loss-run';

/** What the fault-injection section found: faults injected per fault and per file kind, and what became of the changes. */
export interface FaultFigures {
  'faults injected': number;
  'injected per fault': Record<string, number>;
  'injected per file kind': Record<string, number>;
  'changes acknowledged': number;
  'changes refused, the caller told': number;
  'acknowledged changes lost': number;
  'other problems': number;
  'power loss: crash points replayed': number;
  'power loss: distinct disk states opened': number;
  'power loss: acknowledged changes checked': number;
  'power loss: lost': number;
  ms: number;
}

/**
 * Runs the store's fault matrix with every fault at every step of every kind of store file, and
 * with the disk filling up for good from every step on; then the power-loss model over a longer
 * session. `log` hears the problems found (none is the expected outcome).
 */
export async function benchFaults(log: (line: string) => void): Promise<FaultFigures> {
  const started = performance.now();
  const matrix = await runFaultMatrix({ faults: ALL_FAULTS, fillingFaults: ['ENOSPC', 'EDQUOT'] });
  const power = await runPowerLoss({ changes: 8 });
  for (const problem of [...matrix.problems, ...power.problems]) log(`faults: ${problem}`);
  const lostOnPower = power.problems.filter((p) => p.includes(' is lost')).length;
  return {
    'faults injected': Object.values(matrix.injected).reduce((a, b) => a + b, 0),
    'injected per fault': matrix.injected,
    'injected per file kind': matrix.injectedByFile,
    'changes acknowledged': matrix.acknowledged,
    'changes refused, the caller told': matrix.refused,
    'acknowledged changes lost': matrix.lost,
    'other problems': matrix.problems.length - matrix.lost + power.problems.length - lostOnPower,
    'power loss: crash points replayed': power.crashes,
    'power loss: distinct disk states opened': power.states,
    'power loss: acknowledged changes checked': power.checked,
    'power loss: lost': lostOnPower,
    ms: Math.round(performance.now() - started),
  };
}
