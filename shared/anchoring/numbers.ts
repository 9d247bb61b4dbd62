const DIGIT_RUNS = /\d+/g;

/**
 * True when `a` and `b` contain the same numbers in the same order (runs of
 * digits compared as text; other characters ignored). A claim's numbers are
 * what a fact-checker checks: "turnout was 45%" and "turnout was 54%" are
 * different claims however similar the sentences look.
 */
export function sameNumbers(a: string, b: string): boolean {
  const left = a.match(DIGIT_RUNS) ?? [];
  const right = b.match(DIGIT_RUNS) ?? [];
  return left.length === right.length && left.every((run, i) => run === right[i]);
}
