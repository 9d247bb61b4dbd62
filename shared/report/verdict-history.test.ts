import { describe, expect, it } from 'vitest';
import { PRESET_SCALES } from '../verdict';
import { buildReport } from './build-report';
import { EXPORTED_AT, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from './fixtures/report-fixture';
import { renderHtml } from './html/render-html';
import { renderMarkdown } from './markdown/render-markdown';
import { describeVerdictHistory, type VerdictChangeView } from './verdict-history';

const HISTORY: VerdictChangeView[] = [
  { at: '2026-11-20T09:00:00.000Z', analyst: 'Ana Analyst', from: null, to: 'Mostly False' },
  { at: '2026-11-21T14:30:00.000Z', analyst: 'Bo <Checker>', from: 'Mostly False', to: 'False' },
];

const report = (verdictHistory?: ReadonlyMap<string, VerdictChangeView[]>) =>
  buildReport({
    article: FIXTURE_ARTICLE,
    annotations: FIXTURE_ANNOTATIONS,
    scope: {},
    scales: PRESET_SCALES,
    exportedAt: EXPORTED_AT,
    verdictHistory,
  });

describe('verdict history in the report', () => {
  it('words each change with who and when, oldest first', () => {
    expect(describeVerdictHistory(HISTORY)).toBe(
      '“Mostly False” by Ana Analyst, 2026-11-20 09:00 UTC; “False” by Bo <Checker>, 2026-11-21 14:30 UTC',
    );
    expect(describeVerdictHistory([{ at: '2026-11-22T08:00:00.000Z', analyst: 'Ana', from: 'False', to: null }])).toBe(
      'removed by Ana, 2026-11-22 08:00 UTC',
    );
  });

  it('lists a claim’s history in the HTML and Markdown reports when given, escaped, and nothing without it', () => {
    const withHistory = report(new Map([['c-full', HISTORY]]));
    expect(withHistory.entries.find((e) => e.annotation.id === 'c-full')?.verdictHistory).toEqual(HISTORY);
    expect(renderHtml(withHistory)).toContain('Verdict history');
    expect(renderHtml(withHistory)).toContain('by Bo &lt;Checker&gt;, 2026-11-21 14:30 UTC');
    expect(renderMarkdown(withHistory)).toMatch(/Verdict history: .*Mostly False.* by Ana Analyst, 2026-11-20 09:00 UTC/);
    expect(renderHtml(report())).not.toContain('Verdict history');
    expect(renderMarkdown(report())).not.toContain('Verdict history');
  });
});
