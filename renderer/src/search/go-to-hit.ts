import type { ReaderSession } from '../reader/reader-session';
import type { TextRange } from '../text/text-range';

/** The whole sentences `range` touches: what a search hit selects, so N, V and 1/2/3 act on its sentence. */
export function sentencesOf(session: ReaderSession, range: TextRange): TextRange {
  const { sentences } = session.cursor;
  if (sentences.count === 0) return range;
  const first = sentences.sentence(sentences.indexAt(range.start));
  const last = sentences.sentence(sentences.indexAt(Math.max(range.start, range.end - 1)));
  return { start: Math.min(first.start, range.start), end: Math.max(last.end, range.end) };
}

/**
 * Makes a search hit the reader's selection and scrolls to it: a hit on an annotation (its note,
 * claim record or source) selects that annotation and makes it the active one; a hit in the
 * text selects its sentence, whose first annotation becomes active (the cursor's one rule).
 */
export function goToHit(session: ReaderSession, hit: { range: TextRange; annotationId?: string }): void {
  if (hit.annotationId !== undefined && session.annotations.get(hit.annotationId)) return session.cursor.goTo(hit.annotationId);
  session.cursor.preview(sentencesOf(session, hit.range));
}
