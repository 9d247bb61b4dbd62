import type { Annotation } from '../../../shared/model/annotation';
import type { Stance } from '../../../shared/model/claim-record';
import { numberClaims } from '../claims/link-markers';
import { tagLabel } from '../labels/tag-labels';

const STANCE_WORD: Record<Stance, string> = { supports: 'supports', refutes: 'refutes', context: 'adds context to' };

/** Longest note a description carries; a screen reader reads the rest on the card. */
const NOTE_LIMIT = 300;

function describeNote(note: string): string {
  const flat = note.replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  return `. Note: ${flat.length > NOTE_LIMIT ? `${flat.slice(0, NOTE_LIMIT - 1)}…` : flat}`;
}

/**
 * What a screen reader says about each highlight, by annotation id: its tag, its number as the
 * analyst sees it (claims: "Claim C3"), the claims evidence and denials bear on ("Evidence,
 * refutes C2") and its note ("… Note: checked with the port").
 */
export function describeHighlights(annotations: readonly Annotation[]): Map<string, string> {
  const numbers = numberClaims(annotations);
  const descriptions = new Map<string, string>();
  for (const a of annotations) {
    const { tag, note, links } = a.body;
    const number = numbers.get(a.id);
    const bears = (links ?? [])
      .map((link) => numbers.get(link.claim) !== undefined && `${STANCE_WORD[link.stance]} C${numbers.get(link.claim)}`)
      .filter(Boolean)
      .join(', ');
    descriptions.set(a.id, `${tagLabel(tag)}${number !== undefined ? ` C${number}` : ''}${bears ? `, ${bears}` : ''}${describeNote(note)}`);
  }
  return descriptions;
}
