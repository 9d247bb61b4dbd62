import { describe, expect, it } from 'vitest';
import { buildParagraphs } from './build-paragraphs';
import { bodyLines, textLine } from './fixtures/text-line';

const body = { size: 11, leading: 14 };
const texts = (paragraphs: { lines: { text: string }[] }[]) => paragraphs.map((p) => p.lines.map((l) => l.text).join(' / '));

describe('buildParagraphs', () => {
  it('starts a paragraph where the space between lines widens', () => {
    const run = [...bodyLines(100, ['one a', 'one b']), ...bodyLines(136, ['two a', 'two b'])];
    expect(texts(buildParagraphs([run], body))).toEqual(['one a / one b', 'two a / two b']);
  });

  it('starts a paragraph at an indented first line when paragraphs have no space between them', () => {
    const run = [
      textLine(100, 'one a', { x: 90 }),
      ...bodyLines(114, ['one b', 'one c']),
      textLine(142, 'two a', { x: 90 }),
      textLine(156, 'two b'),
      textLine(170, 'three, one line', { x: 90 }),
    ];
    expect(texts(buildParagraphs([run], body))).toEqual(['one a / one b / one c', 'two a / two b', 'three, one line']);
  });

  it('starts a paragraph where the type size changes', () => {
    const run = [textLine(80, 'A heading', { size: 16 }), ...bodyLines(100, ['body a', 'body b'])];
    expect(texts(buildParagraphs([run], body))).toEqual(['A heading', 'body a / body b']);
  });

  it('carries a paragraph over a page break when its last line is full', () => {
    const pageOne = bodyLines(100, ['the storm broke the', 'gates on the night.'], { page: 1 });
    const pageTwo = [textLine(80, 'Then the water rose.', { page: 2 }), textLine(94, 'Next paragraph', { page: 2, x: 90 })];
    const paragraphs = buildParagraphs([pageOne, pageTwo], body);
    expect(texts(paragraphs)).toEqual(['the storm broke the / gates on the night. / Then the water rose.', 'Next paragraph']);
    expect(paragraphs.map((p) => p.page)).toEqual([1, 2]);
  });

  it('ends a paragraph at a column break after a line with room for the next word, or before an indent', () => {
    const short = [textLine(100, 'the gates failed on the night of the storm', { width: 300 }), textLine(114, 'in March', { width: 40 })];
    const ragged = [textLine(100, 'the gates failed on the night of the storm'), textLine(114, 'in March and', { width: 240 })];
    const next = [textLine(80, 'Then the water rose over the banks', { page: 2, width: 300 })];
    const indented = [textLine(80, 'Then the water rose', { page: 2, x: 90 }), textLine(94, 'over the banks', { page: 2 })];
    expect(buildParagraphs([short, next], body)).toHaveLength(2);
    expect(buildParagraphs([ragged, next], body)).toHaveLength(2);
    expect(buildParagraphs([bodyLines(100, ['a full line', 'another full line']), indented], body)).toHaveLength(2);
  });

  it('carries a ragged-right paragraph over when the next word would not have fitted', () => {
    const ragged = [
      textLine(100, 'the gates failed on the night of the storm'),
      textLine(114, 'the gates failed to close on', { width: 290 }),
    ];
    const next = [textLine(80, 'Thursday, the report said', { page: 2, width: 250 })];
    expect(buildParagraphs([ragged, next], body)).toHaveLength(1);
  });
});

describe('buildParagraphs with lists', () => {
  it('makes each bulleted or numbered line a list item, carrying on over lines hung under its text', () => {
    const run = [
      textLine(100, 'The report lists:'),
      textLine(114, '• the pump, installed in', { x: 80 }),
      textLine(128, 'November', { x: 90 }),
      textLine(142, '• the gates', { x: 80 }),
      textLine(156, '2. the contract', { x: 80 }),
      textLine(170, '(b) the pump', { x: 80 }),
      textLine(184, 'iv) the gauge', { x: 80 }),
      textLine(198, 'Then the water rose.'),
    ];
    const paragraphs = buildParagraphs([run], body);
    expect(texts(paragraphs)).toEqual([
      'The report lists:',
      '• the pump, installed in / November',
      '• the gates',
      '2. the contract',
      '(b) the pump',
      'iv) the gauge',
      'Then the water rose.',
    ]);
    expect(paragraphs.map((p) => p.listItem)).toEqual([false, true, true, true, true, true, false]);
  });

  it('does not take a wrapped dash, year or abbreviation for a list', () => {
    const run = bodyLines(100, ['the council', '– which denied it – said', '2019. It was', 'v. Jones, see', 'p. 12 of the report']);
    expect(buildParagraphs([run], body)).toHaveLength(1);
  });
});
