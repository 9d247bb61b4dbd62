import { describe, expect, it } from 'vitest';
import { segmentText } from '../segment';
import { suggest } from './suggest';

const suggestionsFor = (text: string) =>
  suggest(text, segmentText(text)).map(({ text: sentence, tag, score, reasons }) => ({ sentence, tag, score, reasons }));

describe('suggest with digits of other scripts', () => {
  it.each([
    ['Arabic-Indic', 'According to the ministry, unemployment rose to ٤٫٤ per cent in March, the highest since ٢٠١٩.'],
    ['Extended Arabic-Indic', 'According to the ministry, unemployment rose to ۴٫۴ per cent in March, the highest since ۲۰۱۹.'],
    ['Devanagari', 'According to the ministry, unemployment rose to ४.४ per cent in March, the highest since २०१९.'],
  ])('ranks a sentence written with %s digits as it ranks the same sentence in ASCII digits', (_script, text) => {
    const ascii = suggestionsFor('According to the ministry, unemployment rose to 4.4 per cent in March, the highest since 2019.');
    const found = suggestionsFor(text);
    expect(ascii).toHaveLength(1);
    expect(found.map((s) => [s.tag, s.score, s.reasons])).toEqual(ascii.map((s) => [s.tag, s.score, s.reasons]));
    expect(found[0]!.sentence).toBe(text);
    expect(found[0]!.reasons.join(' ')).toMatch(/4\.4|figure|per cent|%/);
  });

  it('finds a figure and a year written in Arabic-Indic digits that it would otherwise miss', () => {
    const [found] = suggestionsFor('Officials said ١٢٠ hospitals were built in ٢٠٢٤.');
    const [ascii] = suggestionsFor('Officials said 120 hospitals were built in 2024.');
    expect(found?.score).toBe(ascii?.score);
    expect(found?.reasons).toEqual(ascii?.reasons);
  });
});
