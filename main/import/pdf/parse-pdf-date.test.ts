import { describe, expect, it } from 'vitest';
import { parsePdfDate } from './parse-pdf-date';

describe('parsePdfDate', () => {
  it('converts a full date with an offset', () => {
    expect(parsePdfDate("D:20260304091500+01'00'")).toBe('2026-03-04T09:15:00+01:00');
    expect(parsePdfDate("D:20260304091500-05'30")).toBe('2026-03-04T09:15:00-05:30');
    expect(parsePdfDate('D:20260304091500+0100')).toBe('2026-03-04T09:15:00+01:00');
  });

  it('writes Z for universal time and no offset when the file names no zone', () => {
    expect(parsePdfDate("D:20260304091500Z00'00'")).toBe('2026-03-04T09:15:00Z');
    expect(parsePdfDate('D:20260304091500Z')).toBe('2026-03-04T09:15:00Z');
    expect(parsePdfDate('D:202603040915')).toBe('2026-03-04T09:15:00');
  });

  it('gives the date alone when there is no time', () => {
    expect(parsePdfDate('D:20260304')).toBe('2026-03-04');
    expect(parsePdfDate('D:2026')).toBe('2026-01-01');
  });

  it('refuses text that is not a PDF date or names an impossible one', () => {
    for (const text of ['', 'yesterday', 'D:20260230', 'D:20261304', 'D:20260304251500', '4 March 2026']) {
      expect(parsePdfDate(text)).toBeNull();
    }
  });
});
