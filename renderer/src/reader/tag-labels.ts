import type { Tag } from '../../../shared/model/annotation';

const LABELS: Record<Tag, string> = { claim: 'Claim', denial: 'Denial', evidence: 'Evidence' };

/** The tag's display word, capitalised. */
export function tagLabel(tag: Tag): string {
  return LABELS[tag];
}
