import { describe, expect, it } from 'vitest';
import { findDate } from './parse-date';

describe('findDate', () => {
  it.each([
    ['FP Staff April 1, 2024, 17:31:39 IST', 'April 1, 2024, 17:31:39 IST', '2024-04-01T17:31:39+05:30'],
    ['By Jane Doe | Updated: 3 March 2024 10:04 GMT', '3 March 2024 10:04 GMT', '2024-03-03T10:04:00Z'],
    ['Published 12 May 2023', '12 May 2023', '2023-05-12'],
    ['Posted Monday, 1 April 2024 09:00 UTC+1', 'Monday, 1 April 2024 09:00 UTC+1', '2024-04-01T09:00:00+01:00'],
    ['Last updated 2024-04-01T17:31:39+05:30', '2024-04-01T17:31:39+05:30', '2024-04-01T17:31:39+05:30'],
    ['Sept. 9th, 2023 12:05 PM PT', 'Sept. 9th, 2023 12:05 PM PT', '2023-09-09T12:05:00-07:00'],
    ['Jan 5, 2024 at 12:30 a.m. ET', 'Jan 5, 2024 at 12:30 a.m. ET', '2024-01-05T00:30:00-05:00'],
    ['Updated 3 March 2024 10:04', '3 March 2024 10:04', '2024-03-03T10:04:00'],
    ['15 de marzo de 2024', '15 de marzo de 2024', '2024-03-15'],
    ['Publicado em 2 de março de 2024', '2 de março de 2024', '2024-03-02'],
    ['Publié le 15 mars 2024 à 18:30', '15 mars 2024', '2024-03-15'],
    ['Am 3. Oktober 2023 um 10:04', '3. Oktober 2023', '2023-10-03'],
    ['Aggiornato il 9 settembre 2023', '9 settembre 2023', '2023-09-09'],
    ['15 марта 2024, 18:30', '15 марта 2024, 18:30', '2024-03-15T18:30:00'],
    ['15 مارس 2024', '15 مارس 2024', '2024-03-15'],
    ['15 मार्च 2024', '15 मार्च 2024', '2024-03-15'],
    ['2024年3月15日 18:30', '2024年3月15日 18:30', '2024-03-15T18:30:00'],
    ['2024年3月15日 18時30分', '2024年3月15日 18時30分', '2024-03-15'],
  ])('reads %j', (line, text, iso) => {
    expect(findDate(line)).toMatchObject({ text, iso });
  });

  it('gives the character range of the date in the line', () => {
    const line = 'FP Staff April 1, 2024, 17:31:39 IST';
    const found = findDate(line);
    expect(line.slice(found?.start, found?.end)).toBe('April 1, 2024, 17:31:39 IST');
  });

  it('keeps an impossible date as written, without an ISO form', () => {
    expect(findDate('Published February 30, 2024')).toEqual({ start: 10, end: 27, text: 'February 30, 2024' });
    expect(findDate('Published 3 March 2024 25:10 GMT')).toEqual({ start: 10, end: 32, text: '3 March 2024 25:10 GMT' });
  });

  it('reads a relative time as written, without an ISO form', () => {
    expect(findDate('Updated 2 hours ago')).toEqual({ start: 8, end: 19, text: '2 hours ago' });
  });

  it('finds no date in a headline with numbers', () => {
    expect(findDate('Eleven killed as ferry burns in Port Elsin, 60 treated for smoke')).toBeUndefined();
    expect(findDate('Gauge 12 read 40 centimetres below its May average')).toBeUndefined();
  });
});
