import { formatTimestamp } from './report-labels';

/** One change of a claim's verdict, as a report lists it: when, by whom (a name), from and to (labels; null where there was none). */
export interface VerdictChangeView {
  at: string;
  analyst: string;
  from: string | null;
  to: string | null;
}

/**
 * A claim's verdict history in one line, oldest first: "“False” by Tess Analyst, 2026-01-02 10:00
 * UTC; “Mostly false” by Ben Okafor, 2026-01-03 09:00 UTC; removed by …". Empty for none.
 */
export function describeVerdictHistory(changes: readonly VerdictChangeView[]): string {
  return changes.map((c) => `${c.to === null ? 'removed' : `“${c.to}”`} by ${c.analyst}, ${formatTimestamp(c.at)}`).join('; ');
}
