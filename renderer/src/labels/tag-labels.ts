import type { Tag } from '../../../shared/model/annotation';

const LABELS: Record<Tag, string> = { claim: 'Claim', denial: 'Denial', evidence: 'Evidence' };

/** The letter each tag shows beside its highlight and on its card: the cue that does not rely on colour. */
export const TAG_LETTERS: Readonly<Record<Tag, string>> = { claim: 'C', denial: 'D', evidence: 'E' };

/** The tag's display word, capitalised. */
export function tagLabel(tag: Tag): string {
  return LABELS[tag];
}
