import { describe, expect, it } from 'vitest';
import { bodyLines, textLine } from './fixtures/text-line';
import { orderColumns } from './order-columns';

const texts = (runs: { text: string }[][]) => runs.map((run) => run.map((l) => l.text));

describe('orderColumns', () => {
  it('keeps a single column as one run, top to bottom', () => {
    const lines = bodyLines(100, ['one', 'two', 'three', 'four']);
    expect(texts(orderColumns([...lines].reverse()))).toEqual([['one', 'two', 'three', 'four']]);
  });

  it('reads two columns one after the other, under a headline spanning both', () => {
    const headline = textLine(80, 'Headline over both columns', { width: 460, size: 20 });
    const left = bodyLines(120, ['L1', 'L2', 'L3', 'L4'], { width: 220 });
    const right = bodyLines(120, ['R1', 'R2', 'R3', 'R4'], { x: 312, width: 220 });
    const footnote = textLine(200, 'A note across the page', { width: 460 });
    const shuffled = [right[0]!, left[0]!, right[1]!, left[1]!, footnote, right[2]!, left[2]!, right[3]!, left[3]!, headline];
    expect(texts(orderColumns(shuffled))).toEqual([
      ['Headline over both columns'],
      ['L1', 'L2', 'L3', 'L4'],
      ['R1', 'R2', 'R3', 'R4'],
      ['A note across the page'],
    ]);
  });

  it('does not split a column whose short lines leave space on the right', () => {
    const lines = [
      ...bodyLines(100, ['a full line', 'another full line']),
      textLine(128, 'short', { width: 40 }),
      ...bodyLines(142, ['a full line', 'and another']),
      textLine(170, 'end.', { width: 30 }),
    ];
    expect(orderColumns(lines)).toHaveLength(1);
  });
});
