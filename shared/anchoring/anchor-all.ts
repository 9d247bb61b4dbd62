import { anchorIn } from './anchor';
import { FoldedText } from './folded-text';
import type { AnchorOptions, AnchorResult } from './result';
import type { AnnotationSelectors } from './selectors';

/**
 * Anchors every item in `text` (see `anchor`); results are in the order of
 * `items`. Folding the text for searches (see `fold`) and the trigram
 * filter that bounds fuzzy ones (see `GramFilter`) are shared by all.
 *
 * Items are visited in order of stored start. An insertion or deletion moves
 * every later annotation by the same amount, so each item whose stored
 * position fails is first looked for at its start shifted as much as the
 * last anchored item before it moved, and searched for around that place.
 * That also settles which of two identical passages a note belongs to when
 * its neighbours show how the text moved.
 */
export function anchorAll(text: string, items: readonly AnnotationSelectors[], options: AnchorOptions = {}): AnchorResult[] {
  const doc = new FoldedText(text, { searchedOften: true });
  const order = items.map((_, index) => index).sort((a, b) => items[a]!.position.start - items[b]!.position.start);
  const results: AnchorResult[] = new Array<AnchorResult>(items.length);
  let shift = 0;
  for (const index of order) {
    const item = items[index]!;
    const result = anchorIn(doc, item, item.position.start + shift, options);
    results[index] = result;
    if (result.status === 'anchored') shift = result.start - item.position.start;
  }
  return results;
}
