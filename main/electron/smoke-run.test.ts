import { describe, expect, it } from 'vitest';
import { elapsedSinceStart, runSmoke, type SmokeRunDeps } from './smoke-run';

function fakeElectron(readyAfterMs: number | null) {
  let clock = 0;
  const printed: string[] = [];
  const errors: string[] = [];
  let exitCode: number | null = null;
  const deps: SmokeRunDeps = {
    evaluate: (script) => {
      expect(script).toContain('data-testid=\\"library\\"');
      return Promise.resolve(readyAfterMs !== null && clock >= readyAfterMs);
    },
    elapsedMs: () => clock,
    print: (line) => printed.push(line),
    printError: (line) => errors.push(line),
    quit: (code) => (exitCode = code),
    wait: (ms) => {
      clock += ms;
      return Promise.resolve();
    },
  };
  return { deps, printed, errors, exitCode: () => exitCode };
}

describe('runSmoke', () => {
  it('prints ready in N ms once the library is interactive, and quits with 0', async () => {
    const electron = fakeElectron(1200);
    await runSmoke(electron.deps);
    expect(electron.printed).toEqual(['ready in 1200 ms']);
    expect(electron.exitCode()).toBe(0);
  });

  it('names what it waited for and quits with 1 when the library never comes', async () => {
    const electron = fakeElectron(null);
    await runSmoke(electron.deps, 2000);
    expect(electron.printed).toEqual([]);
    expect(electron.errors).toEqual(['Factmark could not start: the library did not become interactive within 2 s']);
    expect(electron.exitCode()).toBe(1);
  });
});

describe('elapsedSinceStart', () => {
  it('counts from the moment npm start began when it says so', () => {
    expect(elapsedSinceStart({ FACTMARK_START_TIME: '1000' }, 4500, 900)).toBe(3500);
  });

  it("falls back to the process's own age", () => {
    expect(elapsedSinceStart({}, 4500, 900)).toBe(900);
    expect(elapsedSinceStart({ FACTMARK_START_TIME: 'soon' }, 4500, 900)).toBe(900);
  });
});
