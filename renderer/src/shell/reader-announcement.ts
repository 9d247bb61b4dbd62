import type { Annotation } from '../../../shared/model/annotation';
import { tagLabel } from '../labels/tag-labels';
import type { TextRange } from '../text/text-range';
import { diffAnnotationLists } from '../annotations/annotation-list-diff';
import { claimRank } from '../annotations/claim-order';

/** What the reader showed at one moment, as far as an announcement cares. */
export interface ReaderMoment {
  notice: string;
  range: TextRange | null;
  annotations: readonly Annotation[];
}

/** Longest stretch of article text an announcement reads out. */
const QUOTE_LIMIT = 160;

function quoteOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1)}…` : flat;
}

/** "Claim C3" for a claim (numbered among `claims`, every claim in numbering order, as the cards number it), else the tag's name. */
function labelOf(annotation: Annotation, claims: readonly Annotation[]): string {
  const tag = tagLabel(annotation.body.tag);
  return annotation.body.tag === 'claim' ? `${tag} C${claimRank(annotation, claims)}` : tag;
}

function only<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/** What one added or removed annotation was, with the notice that came with it ("Claim added" becomes "Claim C3 added: …"). */
function describeChange(notice: string, annotation: Annotation, claims: readonly Annotation[], verb: 'added' | 'removed'): string {
  const label = labelOf(annotation, claims);
  const quote = quoteOf(annotation.target.selector.quote.exact);
  if (!notice || notice === `${tagLabel(annotation.body.tag)} ${verb}`) return `${label} ${verb}: ${quote}`;
  return `${notice}. ${label} ${verb}: ${quote}`;
}

/** The selection read out with the tags on it: "Claim C3, Evidence: The council said…". */
function describeSelection(range: TextRange, now: ReaderMoment, text: string, claims: readonly Annotation[]): string {
  const quote = quoteOf(text.slice(range.start, range.end));
  const on = now.annotations.filter(
    ({ target: { selector } }) => selector.position.start <= range.start && selector.position.end >= range.end,
  );
  return on.length === 0 ? quote : `${on.map((a) => labelOf(a, claims)).join(', ')}: ${quote}`;
}

/**
 * What a screen reader should hear after the reader went from `before` to `now` (null: nothing
 * new). A tag added or removed is named with its number and sentence; another new notice is
 * read as it is, followed by the sentence when the selection moved with it (a search hit, a
 * disagreement); a selection moved on its own (J/K, a click) reads its tags and sentence.
 * `text` is the article's plain text, which selection offsets index; `claims` are `now`'s claims
 * in numbering order (`ClaimsIndex.orderedClaims`): a removed claim is named with the number it
 * had, which is where it would stand among them.
 */
export function announcement(before: ReaderMoment, now: ReaderMoment, text: string, claims: readonly Annotation[]): string | null {
  const noticeChanged = now.notice !== '' && now.notice !== before.notice;
  if (now.annotations !== before.annotations) {
    const { gone, arrived } = diffAnnotationLists(before.annotations, now.annotations);
    const ids = new Set(gone.map((a) => a.id));
    const added = arrived.filter((a) => !ids.has(a.id));
    const kept = new Set(arrived.map((a) => a.id));
    const removed = gone.filter((a) => !kept.has(a.id));
    const one = only(added) ?? only(removed);
    if (one && added.length + removed.length === 1) {
      return added.length ? describeChange(now.notice, one, claims, 'added') : describeChange(now.notice, one, claims, 'removed');
    }
  }
  const moved =
    now.range !== null && (before.range === null || before.range.start !== now.range.start || before.range.end !== now.range.end);
  if (noticeChanged) return moved && now.range ? `${now.notice}. ${quoteOf(text.slice(now.range.start, now.range.end))}` : now.notice;
  return moved && now.range ? describeSelection(now.range, now, text, claims) : null;
}
