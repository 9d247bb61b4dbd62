import { describe, expect, it } from 'vitest';
import { mapInTurns } from './map-in-turns';

describe('mapInTurns', () => {
  it('maps every item in order', async () => {
    expect(await mapInTurns([3, 1, 2], (n) => n * 10)).toEqual([30, 10, 20]);
  });

  it('lets other work run between items once a turn is used up', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other work'));
    await mapInTurns(['a', 'b'], (item) => order.push(item), 0);
    expect(order).toEqual(['a', 'other work', 'b']);
  });

  it('rejects with the first error and maps nothing after it', async () => {
    const seen: number[] = [];
    const broken = new Error('unreadable line');
    const map = mapInTurns([1, 2, 3], (n) => {
      if (n === 2) throw broken;
      seen.push(n);
    });
    await expect(map).rejects.toBe(broken);
    expect(seen).toEqual([1]);
  });
});
