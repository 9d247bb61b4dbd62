import { describe, expect, it } from 'vitest';
import { parseBylineLine, parseNamesLine } from './parse-byline';

describe('parseBylineLine', () => {
  it.each([
    ['FP Staff April 1, 2024, 17:31:39 IST', 'FP Staff', '2024-04-01T17:31:39+05:30'],
    ['By Jane Doe | Updated: 3 March 2024 10:04 GMT', 'Jane Doe', '2024-03-03T10:04:00Z'],
    ['By Jane Doe and Omar Haddad · 5 min read', 'Jane Doe and Omar Haddad', undefined],
    ['Published March 15, 2024 at 6:30 p.m. ET · By Marcus Bell', 'Marcus Bell', '2024-03-15T18:30:00-04:00'],
    ['Written by Ana de la Cruz, Special Correspondent', 'Ana de la Cruz, Special Correspondent', undefined],
    ['Hana Ivers, Reuters', 'Hana Ivers, Reuters', undefined],
    ['Por Lucía Herrera', 'Lucía Herrera', undefined],
    ['Par Claire Dubois', 'Claire Dubois', undefined],
    ['Autora: Ana Sousa', 'Ana Sousa', undefined],
  ])('reads %j', (line, byline, iso) => {
    const credit = parseBylineLine(line);
    expect(credit?.byline).toBe(byline);
    expect(credit?.date?.iso).toBe(iso);
  });

  it('reads a date line with no names', () => {
    expect(parseBylineLine('Published 12 May 2023')).toEqual({ date: { start: 10, end: 21, text: '12 May 2023', iso: '2023-05-12' } });
  });

  it.each([
    ['Publié le 15 mars 2024', '2024-03-15'],
    ['Actualizado: 15 de marzo de 2024 18:30', '2024-03-15T18:30:00'],
    ['Veröffentlicht am 3. Oktober 2023', '2023-10-03'],
    ['Pubblicato il 9 settembre 2023', '2023-09-09'],
    ['发布时间：2024年3月15日 18:30', '2024-03-15T18:30:00'],
  ])('reads the date labelled in %j, taking the label for no name', (line, iso) => {
    expect(parseBylineLine(line)).toEqual({ date: expect.objectContaining({ iso }) as unknown });
  });

  it.each([
    'Jane Doe',
    'By Monday, the river had risen two metres above its normal level.',
    'Por primera vez, el pleno votó en contra del alcalde.',
    'Par ailleurs, le maire a démissionné.',
    'Rescuers search the quay in Port Elsin on 9 June, 2024. Reuters File',
    'Floods of March 3, 2024 Remembered',
    'Harlow County to scrap tolls on Gannet Bridge from July',
  ])('refuses %j', (line) => {
    expect(parseBylineLine(line)).toBeUndefined();
  });
});

describe('parseNamesLine', () => {
  it('reads bare author names', () => {
    expect(parseNamesLine('Jane Doe in Kessel')).toBe('Jane Doe in Kessel');
    expect(parseNamesLine('Ana Ruiz and Tom Ek')).toBe('Ana Ruiz and Tom Ek');
  });

  it('refuses sentences and headlines', () => {
    expect(parseNamesLine('Grain shipments resume from Tarsk')).toBeUndefined();
    expect(parseNamesLine('The council said it would act.')).toBeUndefined();
  });
});
