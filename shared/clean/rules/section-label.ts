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
  // "Read also", "Related", "Most read", "Tags" in other languages.
  'lee también', 'te puede interesar', 'noticias relacionadas', 'lo más leído', 'etiquetas',
  'leia também', 'leia mais', 'mais lidas', 'notícias relacionadas',
  'lire aussi', 'à lire aussi', 'sur le même sujet', 'les plus lus',
  'lesen sie auch', 'mehr zum thema', 'das könnte sie auch interessieren', 'meistgelesen',
  'leggi anche', 'più letti', 'lees ook', 'czytaj także', 'čtěte také',
  'читайте также', 'по теме', 'читайте також',
  'اقرأ أيضاً', 'اقرأ أيضا', 'مواضيع ذات صلة', 'الأكثر قراءة', 'कृपया यह भी पढ़ें', 'यह भी पढ़ें', 'ये भी पढ़ें', 'संबंधित खबरें',
  '相关阅读', '相关新闻', '相關新聞', '延伸阅读', '延伸閱讀', '热门文章', '関連記事', '関連ニュース', '관련 기사',
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
