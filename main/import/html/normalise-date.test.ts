import { describe, expect, it } from 'vitest';
import { normaliseDate } from './normalise-date';

describe('normaliseDate', () => {
  it.each([
    ['2024-06-14', '2024-06-14'],
    ['2024-06-14T09:05:12+05:30', '2024-06-14T09:05:12+05:30'],
    ['2024-06-14T09:05:12.000Z', '2024-06-14T09:05:12Z'],
    ['2024-06-14T09:05+0200', '2024-06-14T09:05:00+02:00'],
    ['2024-06-14 09:05:12 -04', '2024-06-14T09:05:12-04:00'],
    ['2025-02-11T08:30:00+00:00', '2025-02-11T08:30:00Z'],
    [' 2024-06-14T09:05:12 ', '2024-06-14T09:05:12'],
    ['June 14, 2024', '2024-06-14'],
  ])('reads %j as %j', (value, iso) => {
    expect(normaliseDate(value)).toBe(iso);
  });

  it.each(['2024-02-30', '2024-06-14T25:00:00Z', 'yesterday', '', '14/06/2024'])('finds no date in %j', (value) => {
    expect(normaliseDate(value)).toBeUndefined();
  });
});
