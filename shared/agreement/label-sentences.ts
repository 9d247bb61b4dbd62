import { TAGS, type Tag } from '../model/annotation';
import type { AgreementUnit } from './sentence-units';
import { isWhitespace } from '../text/whitespace';

/** What an analyst said about a sentence: the tag covering it, or 'none'. */
export type UnitLabel = Tag | 'none';

/** A tagged stretch of the plain text, [start, end), as placed by anchoring. */
export interface TaggedSpan {
  start: number;
  end: number;
  tag: Tag;
}

/**
 * Labels each unit from one analyst's tagged spans. A span covers a sentence when it overlaps
 * at least half of the sentence's non-whitespace characters — a highlight that clips a word at
 * either end still counts, one that only touches the sentence's edge does not. When spans with
 * different tags cover one sentence, the label is the first in the order of the 1/2/3 keys:
 * claim, then denial, then evidence. `units` must be in document order and disjoint (as
 * `sentenceUnits` returns them). Runs in time linear in the text the spans overlap.
 */
export function labelSentences(text: string, units: readonly AgreementUnit[], spans: readonly TaggedSpan[]): UnitLabel[] {
  const labels: UnitLabel[] = units.map(() => 'none');
  // Each sentence's non-space length, counted when a span first reaches it (-1: not yet).
  const weights = new Int32Array(units.length).fill(-1);
  for (const span of spans) {
    for (let i = firstUnitEndingAfter(units, span.start); i < units.length; i++) {
      const unit = units[i] as AgreementUnit;
      if (unit.start >= span.end) break;
      let weight = weights[i] as number;
      if (weight < 0) {
        weight = countNonSpace(text, unit.start, unit.end);
        weights[i] = weight;
      }
      const covered = countNonSpace(text, Math.max(unit.start, span.start), Math.min(unit.end, span.end));
      if (2 * covered >= weight && ranks(span.tag, labels[i] as UnitLabel)) labels[i] = span.tag;
    }
  }
  return labels;
}

/** Whether `tag` takes precedence over the label a sentence has so far. */
function ranks(tag: Tag, current: UnitLabel): boolean {
  return current === 'none' || TAGS.indexOf(tag) < TAGS.indexOf(current);
}

function firstUnitEndingAfter(units: readonly AgreementUnit[], offset: number): number {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((units[mid] as AgreementUnit).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function countNonSpace(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = start; at < end; at++) if (!isWhitespace(text.charCodeAt(at))) count += 1;
  return count;
}
