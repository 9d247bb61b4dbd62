import { describe, expect, it } from 'vitest';
import { generateArticle } from './baselines/generate-article';
import { findFuzzy, FUZZY_CHUNK } from './find-fuzzy';
import { FoldedText } from './folded-text';

const quote = 'Officials had ignored warnings from auditors about rising costs.';

describe('findFuzzy', () => {
  it('finds a quote whose words were edited', () => {
    const text = `Before. Officials ignored the warnings from auditors about rising costs. After.`;
    const [match] = findFuzzy(text, quote, 12, 0, text.length);
    expect(text.slice(match!.start, match!.end)).toContain('ignored the warnings');
    expect(match!.errors).toBeGreaterThan(0);
  });

  it('reports the best match of each neighbourhood, not only the best overall', () => {
    const { text: filler } = generateArticle(FUZZY_CHUNK * 3, 5);
    const close = 'Officials had ignored warnings from auditors about rising cost.';
    const looser = 'Officials had ignored warning from auditor about rising costs.';
    const text = `${close} ${filler} ${looser}`;
    for (const maxErrors of [4, 20]) {
      const found = findFuzzy(text, quote, maxErrors, 0, text.length).map((m) => text.slice(m.start, m.end));
      expect(found).toContain(close);
      expect(found).toContain(looser);
    }
  });

  it('finds a reworded table line that a closer-looking line with other numbers would hide', () => {
    const line = 'District 4: turnout was 55 percent, and the incumbent held the seat by 388 votes.';
    const reworded = 'District 4: turnout was 55 percent and the sitting member kept the seat by 388 votes.';
    const neighbour = 'District 2: turnout was 58 percent, and the incumbent held the seat by 97 votes.';
    const text = `${neighbour}\n\n${reworded}`;
    const found = findFuzzy(text, line, 32, 0, text.length).map((m) => text.slice(m.start, m.end));
    expect(found).toContain(reworded);
  });

  it('finds nothing when every candidate needs more edits than allowed', () => {
    const text = 'The weather was fine and the match went ahead as planned on Saturday.';
    expect(findFuzzy(text, quote, 5, 0, text.length)).toEqual([]);
  });

  it('stays inside the region it is given', () => {
    const text = `${quote} ${'x'.repeat(200)} ${quote}`;
    const from = quote.length;
    for (const match of findFuzzy(text, quote, 3, from, text.length)) expect(match.start).toBeGreaterThanOrEqual(from);
  });

  it('skips neighbourhoods around exact occurrences it is told about', () => {
    const text = `${quote} ${'x'.repeat(500)} ${quote.replace('rising', 'risen')}`;
    const found = findFuzzy(text, quote, 4, 0, text.length, { knownStarts: new Set([0]) });
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([quote.replace('rising', 'risen')]);
  });

  it('in a long text, finds every look-alike, or with the stored context only the one among those words', () => {
    const { text: filler } = generateArticle(60_000, 5);
    const prefix = 'The committee met again on Tuesday. ';
    const suffix = ' The chair declined to comment on it.';
    const edited = quote.replace('rising', 'risen');
    const first = `${filler.slice(0, 30_000)} `;
    const between = ` ${filler.slice(30_000, 45_000)} ${prefix}`;
    const text = `${first}${edited}${between}${edited}${suffix} ${filler.slice(45_000)}`;
    const starts = [first.length, first.length + edited.length + between.length];
    const view = new FoldedText(text);
    expect(findFuzzy(view, quote, 4, 0, text.length).map((m) => m.start)).toEqual(starts);
    const context = { prefix: prefix.slice(-32), suffix: suffix.slice(0, 32), maxEdits: 6 };
    expect(findFuzzy(view, quote, 4, 0, text.length, { context }).map((m) => m.start)).toEqual([starts[1]]);
  });
});
