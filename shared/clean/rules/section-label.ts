import type { LineRule } from './line-rule';

const LABELS = [
  'tags?',
  'tagged(?: with)?',
  'topics?',
  'related(?: stories| articles| news| coverage| content| topics| links| reading| videos| posts)?',
  'more (?:from|on|in|about) .{1,40}',
  'more (?:stories|news|videos|articles|headlines)',
  'most (?:read|popular|viewed|shared|watched|commented|recent)(?: (?:stories|articles|news|now|today))?',
  'trending(?: now| news| stories| topics| videos| today)?',
  'latest(?: news| stories| videos| updates| headlines)?',
  'top (?:stories|shows|news|videos|picks|headlines)',
  'recommended(?: for you| stories| reading| videos)?',
  'you (?:may|might) also like',
  'you (?:may|might) (?:also )?be interested in',
  '(?:what to )?read next',
  'up next',
  'editor[’\']?s? picks?',
  'quick links',
  'popular(?: now| stories| today)?',
  'in other news',
  '(?:from )?around the web',
  'explore more',
  'also on .{1,30}',
  'videos?',
  'podcasts?',
  'live tv',
  'comments?',
  'share',
  'follow us',
  'in (?:pictures|photos)',
  'about the author',
];
const LABEL = new RegExp(`^(?:${LABELS.join('|')})\\s*[:»›>]?$`, 'iu');

/**
 * Headings of page sections outside the article body: "Tags", "Related stories", "More from …",
 * "Most read", "Trending", "Latest News", "Top Shows", "QUICK LINKS".
 */
export const sectionLabel: LineRule = {
  rule: 'section-label',
  reason: 'Heading of a page section outside the article (tags, related or most-read lists)',
  matches: (text) => LABEL.test(text),
};
