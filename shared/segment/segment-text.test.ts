import { describe, it, expect } from 'vitest';
import { BLOCK_SEPARATOR } from '../text/plain-text';
import { segmentText } from './segment-text';
import type { SentenceSpan } from './sentence-span';
import { SEGMENTATION_CASES } from './test-support/segmentation-cases';

function expectValidSpans(text: string, spans: readonly SentenceSpan[]): void {
  let previousEnd = 0;
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    expect(text.slice(previousEnd, span.start).trim()).toBe('');
    expect(sentence.length).toBeGreaterThan(0);
    expect(sentence).toBe(sentence.trim());
    expect(sentence).not.toContain(BLOCK_SEPARATOR);
    previousEnd = span.end;
  }
  expect(text.slice(previousEnd).trim()).toBe('');
}

// Deterministic pseudo-random numbers, so a failing fuzz input can be reproduced.
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FUZZ_PIECES = [
  'word',
  'The',
  'U.S.',
  'p.m.',
  'Dr.',
  'J.',
  '3.5',
  '.',
  '...',
  '…',
  '?!',
  '!',
  '”',
  '“',
  '"',
  "'",
  '(',
  ')',
  ' ',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\ufeff',
  '\u2028',
  'a.',
  'Inc.',
  '。',
  '？',
  '」',
  '「',
  '预算',
  'と',
  '他说',
  '؟',
  'الميزانية',
  '।',
  'बजट',
  '«',
  '»',
  '\u202f',
  '„',
  '3.',
  'Oktober',
  'z.',
  '𠮷',
];

describe('segmentText', () => {
  it('keeps sentences inside their blocks and offsets them into the whole text', () => {
    const text = [
      'Storm batters coast',
      'Winds hit 90 mph. The U.S. Coast Guard closed the port.',
      '',
      'Rescue crews on Feb. 8',
      'Officials said the U.S. The count is rising',
    ].join(BLOCK_SEPARATOR);
    const sentences = segmentText(text).map((span) => text.slice(span.start, span.end));
    expect(sentences).toEqual([
      'Storm batters coast',
      'Winds hit 90 mph.',
      'The U.S. Coast Guard closed the port.',
      'Rescue crews on Feb. 8',
      'Officials said the U.S.',
      'The count is rising',
    ]);
  });

  it('does not carry an unfinished sentence across a block boundary', () => {
    const text = `He met Dr.${BLOCK_SEPARATOR}Smith spoke next.`;
    expect(segmentText(text)).toEqual([
      { start: 0, end: 10 },
      { start: 12, end: 29 },
    ]);
  });

  it('returns no sentences for blank text', () => {
    expect(segmentText('')).toEqual([]);
    expect(segmentText(`${BLOCK_SEPARATOR}  ${BLOCK_SEPARATOR}`)).toEqual([]);
  });

  it('yields ordered, trimmed spans covering all text of every case', () => {
    const text = SEGMENTATION_CASES.map((c) => c.text).join(BLOCK_SEPARATOR);
    const spans = segmentText(text);
    expect(spans).toHaveLength(SEGMENTATION_CASES.reduce((n, c) => n + c.sentences.length, 0));
    expectValidSpans(text, spans);
  });

  it('yields valid spans for random punctuation soup', () => {
    const random = createRandom(7);
    for (let round = 0; round < 300; round += 1) {
      let text = '';
      const length = Math.floor(random() * 60);
      for (let i = 0; i < length; i += 1) text += FUZZ_PIECES[Math.floor(random() * FUZZ_PIECES.length)];
      expectValidSpans(text, segmentText(text));
    }
  });

  // Its speed (under a second) is a timing guard in `npm run bench`, not asserted here.
  it('segments a megabyte of news text', () => {
    const article = SEGMENTATION_CASES.map((c) => c.text).join(BLOCK_SEPARATOR);
    const text = Array.from({ length: Math.ceil(1_000_000 / article.length) }, () => article).join(BLOCK_SEPARATOR);
    const spans = segmentText(text);
    expect(spans.length).toBeGreaterThan(10_000);
  });

  it('splits a long Chinese block written without spaces at every ideographic stop', () => {
    const text = '市议会批准了预算。'.repeat(50_000);
    const spans = segmentText(text);
    expect(spans).toHaveLength(50_000);
    expect(spans[49_999]).toEqual({ start: text.length - 9, end: text.length });
  });

  // That it stays linear (under a second for 500 KB) is a timing guard in `npm run bench`.
  it('keeps one long block without spaces as one sentence', () => {
    const text = '.'.repeat(200_000) + 'a.b'.repeat(100_000);
    expect(segmentText(text)).toEqual([{ start: 0, end: text.length }]);
  });
});
