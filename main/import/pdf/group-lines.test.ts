import { describe, expect, it } from 'vitest';
import { groupLines } from './group-lines';
import type { PlacedText } from './pdf-text';

const run = (x: number, y: number, text: string, width = text.length * 5, size = 10): PlacedText => ({
  text,
  x,
  y,
  width,
  size,
  upright: true,
});

describe('groupLines', () => {
  it('puts runs on one baseline into a line, top to bottom, left to right', () => {
    const lines = groupLines([run(90, 120, 'second'), run(72, 100.8, 'The'), run(92, 100, 'first'), run(72, 120, 'the')], 3);
    expect(lines.map((l) => l.text)).toEqual(['The first', 'the second']);
    expect(lines[0]).toMatchObject({ page: 3, x: 72, y: 100, size: 10 });
  });

  it('adds a space only where the gap between runs is a word space', () => {
    expect(groupLines([run(72, 100, 'infor', 25), run(97.2, 100, 'mation', 30), run(130, 100, 'on', 10)], 1)[0]?.text).toBe(
      'information on',
    );
  });

  it('starts a new line at a gap as wide as a column gutter', () => {
    const lines = groupLines([run(72, 100, 'left column', 55), run(145, 100, 'right column', 60)], 1);
    expect(lines.map((l) => [l.text, l.x, l.xEnd])).toEqual([
      ['left column', 72, 127],
      ['right column', 145, 205],
    ]);
  });

  it('counts text drawn twice in the same place once', () => {
    expect(groupLines([run(72, 100, 'Bold'), run(72.3, 100, 'Bold'), run(95, 100, 'words')], 1)[0]?.text).toBe('Bold words');
  });

  it('removes soft hyphens inside a line and keeps one that ends it', () => {
    const lines = groupLines([run(72, 100, 'infor\u00admation about main\u00ad', 110)], 1);
    expect(lines[0]?.text).toBe('information about main\u00ad');
  });

  it('leaves out sideways runs and runs holding only spaces', () => {
    expect(groupLines([{ ...run(20, 400, 'Downloaded 2026'), upright: false }, run(72, 100, '   ')], 1)).toEqual([]);
  });

  it('takes the size of the line from most of its characters, not from a drop cap', () => {
    expect(groupLines([run(72, 100, 'T', 20, 30), run(92, 100, 'he gates failed on Friday', 120, 10)], 1)[0]?.size).toBe(10);
  });
});
