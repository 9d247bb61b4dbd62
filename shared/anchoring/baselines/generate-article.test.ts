import { describe, expect, it } from 'vitest';
import { generateArticle } from './generate-article';

describe('generateArticle', () => {
  it('generates the same article for the same seed and another for another seed', () => {
    expect(generateArticle(5000, 7)).toEqual(generateArticle(5000, 7));
    expect(generateArticle(5000, 8).text).not.toBe(generateArticle(5000, 7).text);
  });

  it('reaches the requested length in paragraphs of capitalised sentences', () => {
    const { text, sentences } = generateArticle(20_000);
    expect(text.length).toBeGreaterThanOrEqual(20_000);
    expect(text).toContain('\n\n');
    for (const { start, end } of sentences) expect(text.slice(start, end)).toMatch(/^[A-Z][a-z ]+\.$/);
  });

  it('spans every sentence, with nothing but separators between them', () => {
    const { text, sentences } = generateArticle(20_000);
    expect(sentences[0]!.start).toBe(0);
    expect(sentences.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < sentences.length; i++) {
      expect([' ', '\n\n']).toContain(text.slice(sentences[i - 1]!.end, sentences[i]!.start));
    }
  });
});
