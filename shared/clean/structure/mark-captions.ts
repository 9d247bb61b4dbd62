import { countWords } from '../line-text';
import { endsWithCredit, imageCredit } from '../rules/image-credit';
import { imagePlaceholder } from '../rules/image-placeholder';
import { STRUCTURAL } from '../rules/structural-reasons';
import { dropRuleAt, isBody, type Page } from './line-class';

const MAX_CREDITED_CAPTION_WORDS = 80;
const MAX_PLACED_CAPTION_WORDS = 60;
// Lines that stand where a picture was: the line directly below them describes it.
const IMAGE_POSITIONS = new Set([STRUCTURAL.duplicateTitle.rule, imagePlaceholder.rule]);

/**
 * Marks photo captions: body lines of at most 80 words that end with a photo credit, and body
 * lines of at most 60 words directly below a repeated headline or an image placeholder (where the
 * page showed the picture). A line that is only a credit, directly below a caption, joins that
 * caption instead of being dropped, so the credit stays in the caption text.
 */
export function markCaptions(page: Page): void {
  page.texts.forEach((text, i) => {
    if (!isBody(page, i)) return;
    const words = countWords(text, MAX_CREDITED_CAPTION_WORDS);
    const credited = words <= MAX_CREDITED_CAPTION_WORDS && endsWithCredit(text);
    const placed = words <= MAX_PLACED_CAPTION_WORDS && IMAGE_POSITIONS.has(dropRuleAt(page, i - 1) ?? '');
    if (credited || placed) page.classes[i] = { kind: 'caption', continues: false };
  });
  page.texts.forEach((_, i) => {
    if (dropRuleAt(page, i) === imageCredit.rule && page.classes[i - 1]?.kind === 'caption') {
      page.classes[i] = { kind: 'caption', continues: true };
    }
  });
}
