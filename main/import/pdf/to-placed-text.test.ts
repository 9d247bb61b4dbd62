import { describe, expect, it } from 'vitest';
import { toPlacedText } from './to-placed-text';

describe('toPlacedText', () => {
  it('measures from the top left of the visible page box', () => {
    const placed = toPlacedText([{ str: 'Flood', width: 30, transform: [11, 0, 0, 11, 80, 700] }], [10, 20, 622, 812]);
    expect(placed).toEqual([{ text: 'Flood', x: 70, y: 112, width: 30, size: 11, upright: true }]);
  });

  it('takes the size from the vertical scale when the type is stretched', () => {
    expect(toPlacedText([{ str: 'Wide', width: 40, transform: [22, 0, 0, 11, 0, 0] }], [0, 0, 612, 792])[0]?.size).toBe(11);
  });

  it('marks rotated and mirrored text as not upright and leaves out empty items', () => {
    const placed = toPlacedText(
      [
        { str: 'up the margin', width: 60, transform: [0, 8, -8, 0, 30, 200] },
        { str: 'mirrored', width: 40, transform: [-11, 0, 0, 11, 300, 400] },
        { str: '', width: 0, transform: [11, 0, 0, 11, 72, 700] },
      ],
      [0, 0, 612, 792],
    );
    expect(placed.map((p) => [p.text, p.upright])).toEqual([
      ['up the margin', false],
      ['mirrored', false],
    ]);
  });
});
