import type { Tag } from '../../../shared/model/annotation';
import { TAG_LETTERS, tagLabel } from '../labels/tag-labels';

/** A tag shown three ways at once: colour, letter and word (colour is never the only cue). */
export function TagChip({ tag, word = true }: { tag: Tag; word?: boolean }) {
  return (
    <span className={`tag-chip tag-chip-${tag}`}>
      <span className={`hl-badge hl-badge-${tag}`} aria-hidden="true">
        {TAG_LETTERS[tag]}
      </span>
      {word && <span className="tag-word">{tagLabel(tag)}</span>}
    </span>
  );
}
