import { describe, expect, it } from 'vitest';
import { OVERSCAN, visibleRows } from './visible-rows';

describe('visibleRows', () => {
  it('covers the viewport plus the overscan on both sides', () => {
    expect(visibleRows(1000, 500, 100, 10_000)).toEqual({ first: 10 - OVERSCAN, last: 15 + OVERSCAN });
  });

  it('clamps to the start and the end of the list', () => {
    expect(visibleRows(0, 500, 100, 10_000).first).toBe(0);
    expect(visibleRows(999_600, 500, 100, 10_000)).toEqual({ first: 9996 - OVERSCAN, last: 10_000 });
    expect(visibleRows(0, 500, 100, 2)).toEqual({ first: 0, last: 2 });
  });

  it('renders nothing for an empty list or a viewport past the end', () => {
    expect(visibleRows(0, 500, 100, 0)).toEqual({ first: 0, last: 0 });
    expect(visibleRows(50_000, 500, 100, 10)).toEqual({ first: 10, last: 10 });
  });

  it('draws a screenful of rows for 10,000 items, not 10,000', () => {
    const { first, last } = visibleRows(400_000, 900, 172, 10_000);
    expect(last - first).toBeLessThan(20);
  });
});
