import type { LineRule } from './line-rule';

const AD_LABEL = new RegExp(
  '^(?:' +
    [
      'advertisements?',
      'advertising',
      'advert',
      'ads?',
      'ad choices',
      'adchoices',
      'remove ads',
      'sponsored(?: content| post| story| by .{1,40})?',
      'promoted(?: content| stories| by .{1,40})?',
      'paid (?:content|post|partnership)',
      'partner content',
      'supported by(?: .{1,40})?',
      'story continues below(?: this)? (?:ad|advert|advertisement)',
      'article continues (?:below|after)(?: this)?(?: (?:ad|advert|advertisement))?',
      'continue reading (?:below|after) (?:the|this) (?:ad|advert|advertisement)',
      'scroll (?:down )?to continue(?: with content| reading)?',
      'skip (?:this )?(?:ad|advert|advertisement)',
      // The advert label in Spanish, Portuguese, French, German, Italian, Dutch, Polish, Czech,
      // Russian, Ukrainian, Turkish, Arabic, Persian, Hebrew, Hindi, Chinese, Japanese and Korean.
      'publicidad',
      'publicidade',
      'publicité',
      'anzeige',
      'werbung',
      'pubblicità',
      'advertentie',
      'reklama',
      'реклама',
      'reklam',
      'إعلان',
      'اعلان',
      'آگهی',
      'تبلیغات',
      'פרסומת',
      'विज्ञापन',
      '广告',
      '廣告',
      '広告',
      '광고',
    ].join('|') +
    ')[.:]?$',
  'iu',
);

/** Advertising slots and sponsored labels: "Advertisement", "STORY CONTINUES BELOW THIS AD", "Sponsored by …". */
export const advertisement: LineRule = {
  rule: 'advertisement',
  reason: 'Advertising slot or sponsored-content label',
  matches: (text) => AD_LABEL.test(text),
};
