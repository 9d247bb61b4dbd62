import { useSyncExternalStore, type MouseEvent } from 'react';
import { TAGS, type Tag } from '../../../shared/model/annotation';
import type { ReaderSession } from '../reader/reader-session';
import { tagLabel } from '../labels/tag-labels';
import { SaveStatusLabel } from './SaveStatusLabel';
import { TagChip } from '../ui/TagChip';

interface ToolbarProps {
  /** Tagging and removal go through it, so a linked claim is never removed or retagged without asking. */
  session: ReaderSession;
  sidebarOpen: boolean;
  onBack: () => void;
  onHelp: () => void;
  onToggleSidebar: () => void;
  /** Review mode is on; the button switches it. */
  reviewOn: boolean;
  onToggleReview: () => void;
}

/** The reader's toolbar: back, tag buttons, remove, undo/redo, save status, sidebar and help. */
export function ReaderToolbar({ session, sidebarOpen, onBack, onHelp, onToggleSidebar, reviewOn, onToggleReview }: ToolbarProps) {
  const ui = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const annotations = useSyncExternalStore(session.annotations.subscribe, session.annotations.getSnapshot);
  const hasSelection = ui.selection.range !== null;
  // Buttons act, then hand focus back to the article so the keys keep working.
  const act = (run: () => void) => () => {
    run();
    session.focusArticle();
  };
  const tagClick = (tag: Tag) => (event: MouseEvent) =>
    act(() => (event.shiftKey ? session.changeTag(tag, event.timeStamp) : session.toggleTag(tag, event.timeStamp)))();

  return (
    <header className="toolbar reader-toolbar">
      <button
        type="button"
        className="button button-quiet"
        data-testid="back-to-library"
        onClick={onBack}
        title="Back to the library (Alt+←)"
      >
        ← Library
      </button>
      <span className="toolbar-title" data-testid="reader-title" title={session.article.metadata.title}>
        {session.article.metadata.title}
      </span>
      <div className="toolbar-group" role="group" aria-label="Tag the selection">
        {TAGS.map((tag, i) => (
          <button
            key={tag}
            type="button"
            className={`button tag-button tag-button-${tag}`}
            data-testid={`tag-${tag}`}
            disabled={!hasSelection}
            onClick={tagClick(tag)}
            title={`${tagLabel(tag)}: toggle on the selection (${i + 1}); Shift+click or Shift+${i + 1} makes it the only tag`}
          >
            <TagChip tag={tag} />
            <kbd>{i + 1}</kbd>
          </button>
        ))}
        <button
          type="button"
          className="button"
          data-testid="tag-remove"
          disabled={!hasSelection}
          onClick={act(() => session.removeTags())}
          title="Remove the tags inside the selection (Delete)"
        >
          Remove tags
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="History">
        <button
          type="button"
          className="button button-quiet"
          data-testid="undo"
          disabled={!annotations.canUndo}
          onClick={act(() => session.undo())}
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          className="button button-quiet"
          data-testid="redo"
          disabled={!annotations.canRedo}
          onClick={act(() => session.redo())}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
      </div>
      <span className="toolbar-spacer" />
      {/* Seen only: screen readers hear the fuller ReaderAnnouncer, so the notice is not said twice. */}
      <span className="toolbar-notice" data-testid="reader-notice" title={ui.notice}>
        {ui.notice}
      </span>
      <SaveStatusLabel session={session} />
      <button
        type="button"
        className="button button-quiet"
        data-testid="toggle-review"
        aria-pressed={reviewOn}
        onClick={onToggleReview}
        title="Review colleagues' layers (R)"
      >
        Review
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-testid="toggle-sidebar"
        aria-pressed={sidebarOpen}
        onClick={onToggleSidebar}
        title="Show or hide the annotations"
      >
        Annotations
      </button>
      <button
        type="button"
        className="button button-quiet"
        data-testid="help-button"
        onClick={onHelp}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
    </header>
  );
}
