import { describe, expect, it } from 'vitest';
import { zoneOffset } from './time-zones';

describe('zoneOffset', () => {
  it('knows fixed zones, half-hour ones included', () => {
    expect(zoneOffset('IST', { year: 2024, month: 4, day: 1, hour: 12 })).toBe(330);
    expect(zoneOffset('GMT', { year: 2024, month: 4, day: 1, hour: 12 })).toBe(0);
    expect(zoneOffset('EDT', { year: 2024, month: 1, day: 1, hour: 12 })).toBe(-240);
  });

  it('switches US Eastern time to daylight saving on the second Sunday of March at 2 a.m.', () => {
    expect(zoneOffset('ET', { year: 2024, month: 3, day: 9, hour: 12 })).toBe(-300);
    expect(zoneOffset('ET', { year: 2024, month: 3, day: 10, hour: 1 })).toBe(-300);
    expect(zoneOffset('ET', { year: 2024, month: 3, day: 10, hour: 3 })).toBe(-240);
    expect(zoneOffset('PT', { year: 2024, month: 7, day: 4, hour: 12 })).toBe(-420);
  });

  it('switches back on the first Sunday of November at 2 a.m.', () => {
    expect(zoneOffset('ET', { year: 2023, month: 11, day: 5, hour: 1 })).toBe(-240);
    expect(zoneOffset('ET', { year: 2023, month: 11, day: 5, hour: 2 })).toBe(-300);
    expect(zoneOffset('CT', { year: 2023, month: 12, day: 1, hour: 12 })).toBe(-360);
  });

  it('returns undefined for an unknown zone', () => {
    expect(zoneOffset('XYZ', { year: 2024, month: 1, day: 1, hour: 0 })).toBeUndefined();
  });
});
