import { describe, expect, it } from 'vitest';
import { matchFurniture } from './furniture-rules';

// Furniture lines from many kinds of site, each with the rule that must name it.
const FURNITURE: ReadonlyArray<[line: string, rule: string]> = [
  ['Advertisement', 'advertisement'],
  ['ADVERTISEMENT', 'advertisement'],
  ['STORY CONTINUES BELOW THIS AD', 'advertisement'],
  ['Article continues below advertisement', 'advertisement'],
  ['Sponsored by Halden Bank', 'advertisement'],
  ['Scroll to continue with content', 'advertisement'],
  ['Supported by', 'advertisement'],
  ['SKIP ADVERTISEMENT', 'advertisement'],
  ['We use cookies to personalise content and ads. Manage cookie preferences', 'cookie-notice'],
  ['Accept all', 'cookie-notice'],
  ['Related: Port strike enters second week', 'related-link'],
  ['ALSO READ | Why the ferry fire took hours to put out', 'related-link'],
  ['Read more: The ten-year fight over the river wall', 'related-link'],
  ['Watch: Drone footage of the flooded quarter', 'related-link'],
  ["Don't miss: How the toll was first set", 'related-link'],
  ['Continue reading the main story', 'continue-reading'],
  ['Read more', 'continue-reading'],
  ['Load more', 'continue-reading'],
  ['Click here to get the full schedule', 'continue-reading'],
  ['Share this article', 'share-prompt'],
  ['Share on WhatsApp', 'share-prompt'],
  ['Facebook Twitter WhatsApp Email', 'share-prompt'],
  ['Copy link', 'share-prompt'],
  ['4 min read', 'share-prompt'],
  ['Comments (12)', 'share-prompt'],
  ['Follow us on Instagram', 'follow-prompt'],
  ['Find us on YouTube', 'follow-prompt'],
  ['Follow The Harbour Times on Google News', 'follow-prompt'],
  ['Download the Lantern app', 'follow-prompt'],
  ['Subscribe', 'newsletter'],
  ['Sign up for our free Morning Brief newsletter', 'newsletter'],
  ['Get the best stories of the week in your inbox', 'newsletter'],
  ['Already a subscriber? Log in', 'newsletter'],
  ['By signing up you agree to our terms', 'newsletter'],
  ['© 2024 Harbour Times Media. All rights reserved.', 'copyright'],
  ['Copyright 2023 Northport Ledger', 'copyright'],
  ['(c) Lantern Media Group', 'copyright'],
  ['Enlarge this image', 'image-placeholder'],
  ['Image 2 of 5', 'image-placeholder'],
  ['Photo: Getty Images', 'image-credit'],
  ['Image credit: City council press office', 'image-credit'],
  ['REUTERS/Jane Doe', 'image-credit'],
  ['(AP Photo/Lena Marsh)', 'image-credit'],
  ['Representational image', 'image-credit'],
  ['End of Article', 'article-end'],
  ['(Ends)', 'article-end'],
  ['###', 'article-end'],
  ['-- ENDS --', 'article-end'],
  ['Tags', 'section-label'],
  ['Related stories', 'section-label'],
  ['More from Europe', 'section-label'],
  ['Most read', 'section-label'],
  ['MOST POPULAR', 'section-label'],
  ['Trending now', 'section-label'],
  ['Latest News', 'section-label'],
  ['Top Shows', 'section-label'],
  ['You may also like', 'section-label'],
  ['Skip to main content', 'navigation'],
  ['Home › World › Asia', 'navigation'],
  ['News | Sport | Weather | Culture', 'navigation'],
  ['QUICK LINKS', 'section-label'],
  ['LIVE', 'all-caps-label'],
  ['WORLD NEWS TONIGHT', 'all-caps-label'],
];

// Body lines that mention the same words but are prose, headlines or subheadings.
const PROSE = [
  'The advertisement was pulled after viewers complained about its claims.',
  'Subscribers to the paper’s print edition fell by a third last year.',
  'She said she would follow the court’s ruling on the matter closely.',
  'Copyright lawyers say the ruling will be appealed.',
  'The bakery’s cookies sold out within an hour of the fair opening.',
  'Read the statement in full, the minister told reporters on Monday.',
  'Share prices fell 4% after the announcement.',
  'Tags on the stolen bikes led police to a warehouse in Brandt Quarter.',
  'Most read the report as a rebuke of the ministry.',
  'Latest figures show unemployment rising for a third month',
  'What the engineers found',
  'Fuel on the car deck',
  'Photographs taken at the scene show the barrier had slipped.',
  'Reuters reported the talks had stalled, citing two officials.',
  'NATO members agreed on Tuesday to raise spending targets, officials said.',
  'The end of the blockade came after a late-night meeting with the union.',
  '10:42 GMT',
  'Supported by a grant from the city, the project opened in May.',
];

describe('matchFurniture', () => {
  it.each(FURNITURE)('names %j as %s', (line, rule) => {
    expect(matchFurniture(line)?.rule).toBe(rule);
  });

  it.each(PROSE)('leaves %j alone', (line) => {
    expect(matchFurniture(line)).toBeUndefined();
  });

  it('gives every rule a human reason', () => {
    for (const [line] of FURNITURE) expect(matchFurniture(line)?.reason).toMatch(/^[A-Z].{8,}/u);
  });
});
