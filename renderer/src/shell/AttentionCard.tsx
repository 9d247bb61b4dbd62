import type { AttentionItem } from '../annotations/attention';
import { showInvisibleControls } from '../../../shared/text/invisible-controls';
import type { TextRange } from '../text/text-range';
import { TagChip } from '../ui/TagChip';

interface AttentionProps {
  item: AttentionItem;
  /** The document's plain text, to show each candidate place in context. */
  text: string;
  onPreview: (range: TextRange) => void;
  onPlace: (id: string, range: TextRange) => void;
  onDiscard: (id: string) => void;
}

/** The candidate's text with a few words either side, cut at word boundaries. */
function Excerpt({ text, range }: { text: string; range: TextRange }) {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, range.start - 40), range.start)).replace(/^\S*\s/, '');
  const after = flat(text.slice(range.end, range.end + 40)).replace(/\s\S*$/, '');
  return (
    <>
      <span className="excerpt-context">…{before}</span>
      <mark className="excerpt-match">{flat(text.slice(range.start, range.end))}</mark>
      <span className="excerpt-context">{after}…</span>
    </>
  );
}

/**
 * An annotation that could not be placed with confidence. It is never painted or moved by
 * itself: the analyst previews a candidate place and puts it there, or deletes it.
 */
export function AttentionCard({ item, text, onPreview, onPlace, onDiscard }: AttentionProps) {
  const { annotation, status, candidates } = item;
  return (
    <article
      className="card card-attention"
      data-testid="attention-card"
      data-status={status}
      data-tag={annotation.body.tag}
      data-annotation-id={annotation.id}
    >
      <header className="card-head">
        <TagChip tag={annotation.body.tag} />
        <span className="attention-status">
          {status === 'orphan'
            ? 'Text not found'
            : status === 'moved'
              ? 'Sentence edited in the new version'
              : `Fits ${candidates.length} places`}
        </span>
      </header>
      <blockquote className="attention-quote">{annotation.target.selector.quote.exact}</blockquote>
      {annotation.body.note && <p className="attention-note">Note: {showInvisibleControls(annotation.body.note)}</p>}
      {candidates.length > 0 && (
        <ul className="attention-candidates">
          {candidates.slice(0, 5).map((range, i) => (
            <li key={`${range.start}-${range.end}`}>
              <button type="button" className="link-button" onClick={() => onPreview(range)} title="Show this place in the article">
                <strong>{status === 'orphan' ? 'Closest match' : status === 'moved' ? 'Now' : `Place ${i + 1}`}:</strong>{' '}
                <Excerpt text={text} range={range} />
              </button>
              <button
                type="button"
                className="button button-small"
                data-testid="attention-place"
                onClick={() => onPlace(annotation.id, range)}
              >
                Put it here
              </button>
            </li>
          ))}
        </ul>
      )}
      <footer className="attention-actions">
        <button type="button" className="button button-small" data-testid="attention-discard" onClick={() => onDiscard(annotation.id)}>
          Delete annotation
        </button>
      </footer>
    </article>
  );
}
