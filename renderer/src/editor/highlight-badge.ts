import type { Node } from 'prosemirror-model';
import type { Tag } from '../../../shared/model/annotation';
import { TAG_LETTERS } from '../labels/tag-labels';

// One finished badge per tag to clone: an article can open with thousands of badges, and cloning
// takes about half the time of building each one with six attribute calls.
const templates = new Map<Tag, HTMLElement>();

function buildTemplate(tag: Tag): HTMLElement {
  const badge = document.createElement('span');
  badge.className = `hl-badge hl-badge-${tag}`;
  badge.textContent = TAG_LETTERS[tag];
  badge.setAttribute('data-testid', 'highlight-badge');
  badge.setAttribute('data-tag', tag);
  badge.setAttribute('aria-label', tag);
  badge.setAttribute('role', 'img');
  return badge;
}

/**
 * The small lettered marker that opens a highlight. Built with DOM calls (never innerHTML) and
 * hidden from selection; screen readers hear the tag name instead of the letter.
 */
export function createBadge(tag: Tag, id: string, inWord = false): HTMLElement {
  let template = templates.get(tag);
  if (!template) templates.set(tag, (template = buildTemplate(tag)));
  const badge = template.cloneNode(true) as HTMLElement;
  badge.setAttribute('data-annotation-id', id);
  // A box between two letters would cut Arabic joining (and Devanagari conjuncts): such a badge
  // is taken out of the line (highlights.css) and drawn above the place it marks.
  if (inWord) badge.classList.add('hl-badge-in-word');
  return badge;
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}\u200c\u200d]/u;

/** Whether document position `pos` falls between two characters of one word (letters, marks, digits, joiners). */
export function isInsideWord(doc: Node, pos: number): boolean {
  const $pos = doc.resolve(pos);
  const before = $pos.nodeBefore?.text?.slice(-1) ?? '';
  const after = $pos.nodeAfter?.text?.slice(0, 1) ?? '';
  return WORD_CHARACTER.test(before) && WORD_CHARACTER.test(after);
}

// Opening quotes and brackets: Unicode's initial and open punctuation, plus the straight quotes,
// which open only where they follow a space, another opener or the start of the block.
const OPENER = /[\p{Pi}\p{Ps}]/u;
const STRAIGHT_QUOTE = /["']/;
const SPACE_OR_OPENER = /[\s\p{Pi}\p{Ps}]/u;

function opensAt(text: string, end: number): boolean {
  const char = text[end - 1];
  if (char === undefined) return false;
  return OPENER.test(char) || (STRAIGHT_QUOTE.test(char) && (end === 1 || SPACE_OR_OPENER.test(text[end - 2]!)));
}

/**
 * Where the badge of a highlight starting at `from` goes: before the opening quote marks or
 * brackets in front of it (with the space a French « leaves), so a quoted sentence tagged
 * without its quote mark reads `[C] “We will…` rather than `“[C] We will…`. `from` itself when
 * nothing opens there.
 */
export function badgePosition(doc: Node, from: number): number {
  const $from = doc.resolve(from);
  if (!$from.parent.isTextblock) return from;
  const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc');
  let at = before.length;
  for (;;) {
    let end = at;
    while (end > 0 && /\s/u.test(before[end - 1]!)) end--;
    if (!opensAt(before, end)) break;
    at = end - 1;
  }
  return from - (before.length - at);
}
