import { memo } from 'react';
import type { Annotation } from '../../../shared/model/annotation';
import { showInvisibleControls } from '../../../shared/text/invisible-controls';
import type { ClaimsController } from '../claims/claims-controller';
import { ClaimSummary } from '../claims/ClaimSummary';
import { HistoryButton } from '../history/HistoryButton';
import { describeHistorySubject } from '../history/history-subject';
import { tagLabel } from '../labels/tag-labels';
import { formatDayTime, formatShortTime } from '../ui/format-time';
import { HiddenCharacters } from '../ui/HiddenCharacters';
import { TagChip } from '../ui/TagChip';

interface CardProps {
  annotation: Annotation;
  active: boolean;
  onGo: (id: string) => void;
  onNote: (id: string, note: string) => void;
  onRemove: (id: string) => void;
  /** Shows the claim record or typed links on the card when given. */
  claims?: ClaimsController | undefined;
}

/** Longest quote shown on a card; the full text is in its tooltip. */
const QUOTE_LIMIT = 220;

function trimQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1)}…` : flat;
}

/**
 * One annotation in the sidebar: tag, quote (a button that scrolls to the highlight and selects
 * it), note (autosaved, undoable), times and its History. Memoised: a change re-renders only its own card.
 */
export const AnnotationCard = memo(function AnnotationCard({ annotation, active, onGo, onNote, onRemove, claims }: CardProps) {
  const { id, body, created, modified } = annotation;
  const quote = annotation.target.selector.quote.exact;
  return (
    <article
      className={active ? 'card card-active' : 'card'}
      data-testid="annotation-card"
      data-tag={body.tag}
      data-annotation-id={id}
      data-active={active}
      onClick={(event) => {
        // A History panel opened from the card is its child in React's tree, so its clicks bubble here too.
        if (!(event.target instanceof HTMLElement && event.target.closest('textarea, button, dialog'))) onGo(id);
      }}
    >
      <header className="card-head">
        <TagChip tag={body.tag} />
        <span className="card-time" title={`Created ${formatDayTime(created)}; modified ${formatDayTime(modified)}`}>
          {formatShortTime(created)}
          {modified !== created && <> · edited {formatShortTime(modified, created)}</>}
        </span>
        <HiddenCharacters text={body.note} testId="card-note-hidden" />
        <HistoryButton
          documentId={annotation.documentId}
          annotationId={id}
          title={describeHistorySubject(tagLabel(body.tag), quote)}
          testId="card-history"
          className="button button-quiet button-small"
        />
        <button
          type="button"
          className="button button-quiet button-icon"
          data-testid="card-remove"
          aria-label="Delete this annotation"
          title="Delete this annotation"
          onClick={() => onRemove(id)}
        >
          ✕
        </button>
      </header>
      <button type="button" className="card-quote" data-testid="card-quote" title={showInvisibleControls(quote)} onClick={() => onGo(id)}>
        {trimQuote(showInvisibleControls(quote))}
      </button>
      {claims && <ClaimSummary controller={claims} annotation={annotation} />}
      <textarea
        className="card-note"
        data-testid="card-note"
        data-note-field
        aria-label="Note"
        placeholder="Add a note…"
        rows={2}
        value={body.note}
        onChange={(event) => onNote(id, event.target.value)}
      />
    </article>
  );
});
