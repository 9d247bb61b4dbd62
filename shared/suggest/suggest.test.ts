import { describe, expect, it } from 'vitest';
import { segmentText } from '../segment';
import { suggest } from './suggest';

const ARTICLE = [
  'Kremlin spokesman Dmitry Peskov said on Monday: "Russia has no plans to attack anyone."',
  'The weather was mild.',
  'Inspectors found 3,000 litres of fuel that did not appear on the manifest.',
  'Kyiv has strongly denied the assertion.',
  'According to the ministry, unemployment rose to 4.4 per cent in March, the highest since 2019.',
  'The ministry did not respond to requests for comment.',
].join(' ');

const suggestionsFor = (text: string) => suggest(text, segmentText(text));

describe('suggest', () => {
  it('ranks check-worthy sentences best first with reasons, and leaves out the rest', () => {
    const suggestions = suggestionsFor(ARTICLE);
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(suggestions.map((s) => s.text)).not.toContain('The weather was mild.');
    for (const s of suggestions) {
      expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
  });

  it('tags denials, evidence and claims, with claimants for claims and denials', () => {
    const byText = new Map(suggestionsFor(ARTICLE).map((s) => [s.text.slice(0, 20), s]));
    expect(byText.get('Kyiv has strongly de')).toMatchObject({
      tag: 'denial',
      reasons: expect.arrayContaining(["denial: 'denied'"]) as unknown,
    });
    expect(byText.get('The ministry did not')).toMatchObject({ tag: 'denial', claimant: { name: 'ministry', kind: 'organisation' } });
    expect(byText.get('Inspectors found 3,0')).toMatchObject({ tag: 'evidence' });
    expect(byText.get('Inspectors found 3,0')?.claimant).toBeUndefined();
    expect(byText.get('According to the min')).toMatchObject({
      tag: 'claim',
      reasons: expect.arrayContaining(['contains a number (4.4 per cent)', "comparison 'highest'", "change 'rose'"]) as unknown,
      claimant: { kind: 'organisation', attribution: 'according-to' },
    });
    expect(byText.get('Kremlin spokesman Dm')?.claimant).toEqual({
      name: 'Dmitry Peskov',
      kind: 'person',
      role: 'Kremlin spokesman',
      attribution: 'direct-quote',
    });
  });

  it('names the outlet as claimant of an unattributed claim', () => {
    const [only] = suggestionsFor('Cargo volumes rose by 12 per cent to a record 41 million tonnes in 2023.');
    expect(only?.claimant).toEqual({ name: 'the outlet', kind: 'organisation', attribution: 'outlet' });
  });

  it('resolves "he" to the person named before', () => {
    const text =
      'Interior Minister Pavel Dorn told a news conference that steel prices had doubled. "Crossings have fallen by 70 per cent," he said.';
    expect(suggestionsFor(text).find((s) => s.text.startsWith('"Crossings'))?.claimant).toMatchObject({
      name: 'Pavel Dorn',
      attribution: 'direct-quote',
    });
  });

  it('honours the threshold and the limit', () => {
    const all = suggest(ARTICLE, segmentText(ARTICLE), { threshold: 0 });
    expect(all).toHaveLength(segmentText(ARTICLE).length);
    expect(suggest(ARTICLE, segmentText(ARTICLE), { limit: 2 })).toEqual(suggestionsFor(ARTICLE).slice(0, 2));
    expect(suggest(ARTICLE, segmentText(ARTICLE), { threshold: 1.01 })).toEqual([]);
  });

  it('skips spans without a letter and returns nothing for no sentences', () => {
    expect(suggest('*** 2024 ***', [{ start: 0, end: 12 }], { threshold: 0 })).toEqual([]);
    expect(suggest('', [])).toEqual([]);
  });
});
