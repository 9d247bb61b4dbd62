import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPlainText } from './index';
import type { CleanResult } from './types';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const outline = (result: CleanResult) => result.blocks.map((block) => `${block.type}: ${block.text.split(' ').slice(0, 4).join(' ')}`);
const droppedRules = (result: CleanResult) => result.dropped.map((line) => `${line.line}: ${line.rule}`);

describe('cleanPlainText on a Firstpost-style page', () => {
  const result = cleanPlainText(fixture('firstpost-style-ferry-fire.txt'));

  it('reads title, byline, date and time into the metadata', () => {
    expect(result.metadata).toEqual({
      title: 'Coastguard warned Valdoran ministry before Port Elsin ferry fire after questioning crew held in March smuggling raid: Report',
      byline: 'FP Staff',
      published: '2024-06-14T09:05:12+05:30',
      publishedText: 'June 14, 2024, 09:05:12 IST',
    });
  });

  it('keeps the story as title, caption, paragraphs and two subheadings, in source order', () => {
    expect(outline(result)).toEqual([
      'title: Coastguard warned Valdoran ministry',
      'caption: Firefighters spray water on',
      'paragraph: Valdora’s coastguard warned the',
      'paragraph: The fire broke out',
      'paragraph: “Weeks before the fire,',
      'paragraph: The coastguard had detained',
      'paragraph: Ministry officials have said',
      'heading: Fuel on the car',
      'paragraph: A second official said',
      'paragraph: “The crew told us',
      'heading: Earlier inspections',
      'paragraph: Port records show the',
      'paragraph: The harbour master has',
      'paragraph: With inputs from agencies',
    ]);
  });

  it('keeps the photo credit inside the caption', () => {
    const caption = result.blocks.find((block) => block.type === 'caption');
    expect(caption?.text).toBe(
      'Firefighters spray water on the burning ferry Marisol at the quay in Port Elsin, Valdora, on 9 June, 2024. Reuters File',
    );
    expect(caption?.lines).toEqual([10, 10]);
  });

  it('keeps body paragraphs word for word, typographic quotes included', () => {
    const quote = result.blocks.find((block) => block.text.startsWith('“The crew'));
    expect(quote).toEqual({
      type: 'paragraph',
      text: '“The crew told us the drums were being sold on the other side. Nobody thought a ferry would be used as a fuel tanker,” the official said.',
      lines: [30, 30],
    });
  });

  it('drops the furniture, the repeated headline and the standfirst repeated in the body', () => {
    expect(droppedRules(result)).toEqual([
      '2: duplicate-title',
      '4: metadata',
      '6: duplicate',
      '8: advertisement',
      '9: duplicate-title',
      '16: advertisement',
      '24: advertisement',
      '40: section-label',
      '41: article-end',
      '42: section-label',
      '43: follow-prompt',
      '44: newsletter',
      '45: article-end',
      '47: section-label',
      '49: navigation',
      '51: section-label',
    ]);
    expect(result.blocks.some((block) => /ADVERTISEMENT|STORY CONTINUES|Subscribe|YouTube|QUICK LINKS/iu.test(block.text))).toBe(false);
  });
});

describe('cleanPlainText on other sites', () => {
  it('drops menus, share buttons, "Continue reading", related links, sign-ups and the most-read list', () => {
    const result = cleanPlainText(fixture('meridian-post-flood-barriers.txt'));
    expect(result.metadata).toEqual({
      title: 'Flood barriers failed in two districts of Kessel, engineers’ report finds',
      byline: 'Jane Doe and Omar Haddad',
      published: '2024-03-03T10:04:00Z',
      publishedText: '3 March 2024 10:04 GMT',
      site: 'The Meridian Post',
    });
    expect(outline(result)).toEqual([
      'title: Flood barriers failed in',
      'paragraph: KESSEL, Ostravia — Temporary',
      'caption: Workers stack sandbags along',
      'paragraph: The report, commissioned by',
      'paragraph: More than 3,000 homes',
      'heading: What the engineers found',
      'paragraph: The engineers said the',
      'paragraph: Mayor Anika Roos said',
      'paragraph: The tram operator said',
    ]);
    expect(result.blocks[2]?.text).toMatch(/\(AP Photo\/Lena Marsh\)$/u);
    expect(droppedRules(result)).toEqual([
      '0: navigation',
      '1: navigation',
      '2: masthead',
      '3: navigation',
      '5: metadata',
      '6: share-prompt',
      '7: share-prompt',
      '8: share-prompt',
      '16: continue-reading',
      '20: related-link',
      '22: newsletter',
      '23: newsletter',
      '24: newsletter',
      '25: newsletter',
      '33: advertisement',
      '37: follow-prompt',
      '38: copyright',
      '40: section-label',
      '41: after-article-end',
      '42: after-article-end',
      '43: after-article-end',
    ]);
  });

  it('joins hard-wrapped lines into paragraphs and reads an agency byline and a date-only line', () => {
    const result = cleanPlainText(fixture('northport-ledger-grain-ships.txt'));
    expect(result.metadata).toEqual({
      title: 'Grain shipments resume from Tarsk after three-week port blockade',
      byline: 'Hana Ivers, Reuters',
      published: '2023-05-12',
      publishedText: '12 May 2023',
      site: 'Northport Ledger',
    });
    expect(result.blocks.map((block) => [block.type, block.lines])).toEqual([
      ['title', [4, 4]],
      ['paragraph', [9, 11]],
      ['paragraph', [13, 16]],
      ['heading', [20, 20]],
      ['paragraph', [22, 25]],
      ['paragraph', [27, 28]],
    ]);
    expect(result.blocks[1]?.text).toBe(
      'TARSK, May 12 (Reuters) - Grain ships left the port of Tarsk on Friday for the first time in three weeks after dock workers ended a blockade over unpaid wages, the port authority said.',
    );
    expect(droppedRules(result)).toEqual([
      '0: cookie-notice',
      '1: before-title',
      '2: before-title',
      '6: metadata',
      '7: metadata',
      '18: related-link',
      '30: image-credit',
      '32: related-link',
      '33: follow-prompt',
      '34: copyright',
    ]);
  });

  it('reads single-newline web copy: US Eastern daylight time, a placed caption with its credit line, trending lists', () => {
    const result = cleanPlainText(fixture('lantern-weekly-bridge-tolls.txt'));
    expect(result.metadata).toEqual({
      title: 'Harlow County to scrap tolls on Gannet Bridge from July',
      byline: 'Marcus Bell',
      published: '2024-03-15T18:30:00-04:00',
      publishedText: 'March 15, 2024 at 6:30 p.m. ET',
      site: 'Lantern Media Group',
    });
    expect(outline(result)).toEqual([
      'title: Harlow County to scrap',
      'paragraph: Drivers crossing the Gannet',
      'paragraph: Commissioners voted 4-1 to',
      'caption: Traffic queues at the',
      'paragraph: The county had expected',
      'heading: What happens to the',
      'paragraph: The booths will be',
      'paragraph: Commissioner Ruth Ogden, who',
    ]);
    expect(result.blocks[3]).toEqual({
      type: 'caption',
      text: 'Traffic queues at the toll plaza on the east side of the Gannet Bridge during the evening rush hour. Photo: Getty Images',
      lines: [13, 14],
    });
    expect(droppedRules(result)).toEqual([
      '0: all-caps-label',
      '1: advertisement',
      '2: section-label',
      '3: navigation',
      '7: metadata',
      '8: metadata',
      '12: image-placeholder',
      '16: continue-reading',
      '20: section-label',
      '21: after-article-end',
      '22: after-article-end',
      '23: section-label',
      '24: after-article-end',
      '25: copyright',
    ]);
  });

  it('gives text without a headline a title from its first words and no title block', () => {
    const result = cleanPlainText(fixture('pasted-paragraphs-no-title.txt'));
    expect(result.metadata).toEqual({ title: 'The regional health board confirmed on Tuesday that it had closed the maternity…' });
    expect(result.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(result.dropped).toEqual([]);
  });
});

describe('cleanPlainText duplicates', () => {
  const body = (standfirst: string, repeat: string) =>
    [
      'Council approves new cycle lanes for the old town',
      '',
      standfirst,
      '',
      'The council voted on Monday to add protected cycle lanes to four streets in the old town, starting in June.',
      '',
      repeat,
      '',
      'Work on the first street will begin after the spring market closes, the council said.',
    ].join('\n');

  it('drops the earlier copy of a paragraph repeated with other quotes and spacing', () => {
    const result = cleanPlainText(
      body('“Streets are for people first,” the mayor said.', '"Streets are for  people first,"  the mayor said.'),
    );
    expect(result.dropped).toEqual([
      { line: 2, text: '“Streets are for people first,” the mayor said.', rule: 'duplicate', reason: expect.any(String) as string },
    ]);
    expect(result.blocks.map((block) => block.lines[0])).toEqual([0, 4, 6, 8]);
  });

  it('keeps a summary that differs from the body paragraph by any word', () => {
    const result = cleanPlainText(
      body('“Streets are for people first,” the mayor said, according to a report.', '“Streets are for people first,” the mayor said.'),
    );
    expect(result.dropped).toEqual([]);
    expect(result.blocks).toHaveLength(5);
  });
});

describe('cleanPlainText on a page with a separate author line and a topic list', () => {
  const result = cleanPlainText(fixture('riverside-courier-tram-works.txt'));

  it('reads a bare author line above a date line as the byline', () => {
    expect(result.metadata).toEqual({
      title: 'Kessel flood report blames tram works for barrier failure',
      byline: 'Jane Doe in Kessel',
      published: '2024-03-03T10:04:00Z',
      publishedText: 'Sun 3 Mar 2024 10.04 GMT',
    });
  });

  it('keeps the standfirst, a captioned photo and the body; drops the topic list below the story', () => {
    expect(outline(result)).toEqual([
      'title: Kessel flood report blames',
      'paragraph: Engineers say temporary walls',
      'paragraph: Temporary flood barriers gave',
      'caption: Water pours under a',
      'paragraph: The report, commissioned by',
      'paragraph: It says council staff',
      'paragraph: Council leaders have promised',
    ]);
    expect(droppedRules(result)).toEqual([
      '4: metadata',
      '5: metadata',
      '16: trailing-list',
      '17: trailing-list',
      '18: trailing-list',
      '19: trailing-list',
      '20: trailing-list',
      '21: share-prompt',
      '22: trailing-list',
    ]);
  });
});
