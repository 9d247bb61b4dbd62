import { TAGS, type Tag } from '../../../shared/model/annotation';
import { NO_SELECTION, type ReaderSelection } from '../editor/sentence-selection';

/** What the reader's chrome shows besides the annotations: selection, active card, last notice. */
export interface ReaderUi {
  readonly selection: ReaderSelection;
  readonly activeId: string | null;
  /** A short status line for the last action (also read out by screen readers). */
  readonly notice: string;
  /** The tags the sidebar's filter hides; export offers the rest as "Current filter". */
  readonly hiddenTags: ReadonlySet<Tag>;
}

/** How long a notice stays in the status line. */
export const NOTICE_LIFETIME_MS = 8000;

/**
 * The open article's `ReaderUi` as an external store: a new object on every change. A notice
 * goes once the analyst has had time to read it, so "Undone" never stands beside later edits
 * as if it were still news; a newer notice restarts the clock.
 */
export class ReaderUiState {
  private ui: ReaderUi = { selection: NO_SELECTION, activeId: null, notice: '', hiddenTags: new Set() };
  private readonly listeners = new Set<() => void>();
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  /** Subscribes to changes; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current `ReaderUi`. */
  readonly get = (): ReaderUi => this.ui;

  /** Changes some fields and tells the listeners. */
  update(patch: Partial<ReaderUi>): void {
    this.ui = { ...this.ui, ...patch };
    if (patch.notice) this.expireNotice(patch.notice);
    for (const listener of this.listeners) listener();
  }

  /** The sidebar's filter: hides `tag`'s cards, or shows them again. */
  toggleTagFilter(tag: Tag): void {
    const hiddenTags = new Set(this.ui.hiddenTags);
    if (!hiddenTags.delete(tag)) hiddenTags.add(tag);
    this.update({ hiddenTags });
  }

  /** The tags the sidebar shows, in tag order, when its filter hides any; null when it shows every tag. */
  tagFilter(): Tag[] | null {
    const { hiddenTags } = this.ui;
    return hiddenTags.size === 0 ? null : TAGS.filter((tag) => !hiddenTags.has(tag));
  }

  /** Stops the notice clock. */
  dispose(): void {
    clearTimeout(this.noticeTimer);
  }

  private expireNotice(notice: string): void {
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => {
      if (this.ui.notice === notice) this.update({ notice: '' });
    }, NOTICE_LIFETIME_MS);
  }
}
