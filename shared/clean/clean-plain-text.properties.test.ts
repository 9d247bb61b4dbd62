import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPlainText } from './index';
import type { CleanResult } from './types';

const fixturesDir = new URL('./fixtures/', import.meta.url);
const fixtures = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(new URL(name, fixturesDir), 'utf8') }));

const lineCount = (source: string) => source.split(/\r\n|\r|\n/u).length;

/** For each source line, where it went: 'blank', the index of its block, or 'dropped'. Throws on a line placed twice. */
function placeLines(source: string, result: CleanResult): Array<'blank' | 'dropped' | number | undefined> {
  const lines = source.split(/\r\n|\r|\n/u);
  const place: Array<'blank' | 'dropped' | number | undefined> = lines.map((line) => (line.trim() === '' ? 'blank' : undefined));
  const put = (line: number, where: 'dropped' | number) => {
    if (place[line] !== undefined && place[line] !== 'blank') throw new Error(`line ${line} is placed twice`);
    if (place[line] === undefined) place[line] = where;
  };
  result.blocks.forEach((block, index) => {
    for (let line = block.lines[0]; line <= block.lines[1]; line += 1) put(line, index);
  });
  for (const dropped of result.dropped) {
    expect(dropped.text).toBe(lines[dropped.line]);
    put(dropped.line, 'dropped');
  }
  return place;
}

describe('cleanPlainText accounts for every line', () => {
  it.each(fixtures)('places every non-blank line of $name exactly once, in a block or the dropped list', ({ text }) => {
    const result = cleanPlainText(text);
    const place = placeLines(text, result);
    expect(place.filter((where) => where === undefined)).toEqual([]);
    expect(result.blocks.filter((block) => block.type === 'title').length).toBeLessThanOrEqual(1);
    expect(result.blocks.every((block) => !block.text.includes('\n') && block.text === block.text.trim())).toBe(true);
    expect(result.blocks.map((block) => block.lines[0])).toEqual([...result.blocks.map((block) => block.lines[0])].sort((a, b) => a - b));
  });

  it.each(fixtures)('brings back each dropped line of $name in its place as a paragraph, changing nothing else', ({ text }) => {
    const original = cleanPlainText(text);
    for (const dropped of original.dropped) {
      const restored = cleanPlainText(text, { restore: [dropped.line] });
      const home = restored.blocks.find((block) => block.lines[0] <= dropped.line && dropped.line <= block.lines[1]);
      expect(home?.type, `line ${dropped.line}`).toBe('paragraph');
      expect(restored.dropped).toEqual(original.dropped.filter((line) => line.line !== dropped.line));
      expect(restored.metadata.title).toBe(original.metadata.title);
      const untouched = (result: CleanResult) =>
        result.blocks.filter((block) => Math.abs(block.lines[0] - dropped.line) > 1 && Math.abs(block.lines[1] - dropped.line) > 1);
      expect(untouched(restored)).toEqual(untouched(original));
      expect(placeLines(text, restored).filter((where) => where === undefined)).toEqual([]);
    }
  });
});

describe('cleanPlainText restore', () => {
  const text = readFileSync(new URL('firstpost-style-ferry-fire.txt', fixturesDir), 'utf8');

  it('puts a restored advertisement line back between the paragraphs it stood between', () => {
    const result = cleanPlainText(text, { restore: [16] });
    const index = result.blocks.findIndex((block) => block.lines[0] === 16);
    expect(result.blocks.slice(index - 1, index + 2).map((block) => block.text.slice(0, 24))).toEqual([
      'The fire broke out on th',
      'STORY CONTINUES BELOW TH',
      '“Weeks before the fire, ',
    ]);
    expect(result.dropped.map((line) => line.line)).not.toContain(16);
  });

  it('keeps a restored repeated standfirst right after the title', () => {
    const result = cleanPlainText(text, { restore: [6] });
    expect(result.blocks.slice(0, 3).map((block) => [block.type, block.lines[0]])).toEqual([
      ['title', 0],
      ['paragraph', 6],
      ['caption', 10],
    ]);
  });

  it('ignores line numbers that are blank, out of range or already in a block', () => {
    const plain = cleanPlainText(text);
    expect(cleanPlainText(text, { restore: [1, 0, 12, -3, 9999, 2.5] })).toEqual(plain);
  });
});

describe('cleanPlainText robustness', () => {
  it('returns an empty article for empty or blank text', () => {
    expect(cleanPlainText('')).toEqual({ metadata: { title: '' }, blocks: [], dropped: [] });
    expect(cleanPlainText(' \n\t\n\r\n')).toEqual({ metadata: { title: '' }, blocks: [], dropped: [] });
  });

  it('drops a page of nothing but furniture and keeps every line restorable', () => {
    const source = 'Advertisement\nSubscribe\nFollow us on Instagram\nShare this article\n© 2024 Harbour Times Media. All rights reserved.';
    const result = cleanPlainText(source);
    expect(result.blocks).toEqual([]);
    expect(result.metadata).toEqual({ title: '', site: 'Harbour Times Media' });
    expect(result.dropped.map((line) => line.rule)).toEqual(['advertisement', 'newsletter', 'follow-prompt', 'share-prompt', 'copyright']);
  });

  it('keeps a single paragraph as one paragraph', () => {
    const source =
      'Residents of three villages near the Orrin dam were told on Sunday to prepare to leave their homes after engineers found a crack in the spillway.';
    const result = cleanPlainText(source);
    expect(result.blocks).toEqual([{ type: 'paragraph', text: source, lines: [0, 0] }]);
    expect(result.metadata.title).toBe('Residents of three villages near the Orrin dam were told on Sunday to prepare…');
  });

  it('reads Windows and old Mac line endings like Unix ones', () => {
    const text = readFileSync(new URL('firstpost-style-ferry-fire.txt', fixturesDir), 'utf8');
    const unix = cleanPlainText(text);
    expect(cleanPlainText(text.replace(/\n/gu, '\r\n'))).toEqual(unix);
    expect(cleanPlainText(text.replace(/\n/gu, '\r'))).toEqual(unix);
  });

  it('cleans a 1 MB article with furniture between its paragraphs', () => {
    const parts = ['Reservoir levels across the Tallis basin fall to a ten-year low', '', 'By Dana Price | Published 2 August 2024', ''];
    let paragraphs = 0;
    let size = 0;
    while (size < 1_000_000) {
      paragraphs += 1;
      const paragraph = `Gauge ${paragraphs} on the Tallis river read ${paragraphs % 97} cm below its August average, the water authority said in its weekly bulletin.`;
      parts.push(paragraph, '');
      size += paragraph.length + 2;
      if (paragraphs % 10 === 0) parts.push('Advertisement', '');
    }
    parts.push('Tags', 'Drought', 'Water');
    const source = parts.join('\n');
    const result = cleanPlainText(source);
    expect(result.blocks).toHaveLength(paragraphs + 1);
    expect(result.blocks.filter((block) => block.type === 'paragraph')).toHaveLength(paragraphs);
    expect(result.dropped.map((line) => line.rule)).toEqual([
      'metadata',
      ...Array<string>(Math.floor(paragraphs / 10)).fill('advertisement'),
      'section-label',
      'after-article-end',
      'after-article-end',
    ]);
    expect(result.metadata.byline).toBe('Dana Price');
    expect(placeLines(source, result).filter((where) => where === undefined)).toEqual([]);
  });

  it('cleans 1 MB of text with no line breaks as one paragraph', () => {
    const sentence = 'The ferry timetable changes again next week. ';
    const source = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const result = cleanPlainText(source);
    expect(result.blocks).toHaveLength(1);
    expect(result.blocks[0]?.text).toBe(source.trim());
    expect(result.metadata.title).toBe('The ferry timetable changes again next week.');
    expect(lineCount(source)).toBe(1);
  });
});
