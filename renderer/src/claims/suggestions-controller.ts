import type { SentenceClaimant } from '../../../shared/claims';
import type { Suggestion } from '../../../shared/suggest';
import type { Client } from '../ipc/client';
import type { ReaderSession } from '../reader/reader-session';
import { tagLabel } from '../labels/tag-labels';
import { messageOf } from '../ui/message-of';
import { openSuggestions, suggestionKey } from './open-suggestions';

/** The suggester's answer for this article, fetched once when first needed. */
export type SuggestionsState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; suggestions: readonly Suggestion[]; claimants: readonly SentenceClaimant[]; unsupportedLanguage?: string }
  | { status: 'failed'; error: string };

/** The suggestions UI state React reads; a new object on every change. */
export interface SuggestionsUi {
  readonly state: SuggestionsState;
  /** Keys (`suggestionKey`) of suggestions the analyst dismissed in this session. */
  readonly dismissed: ReadonlySet<string>;
  /** Key of the suggestion A and X act on. */
  readonly current: string | null;
  /** Whether the suggestions panel is shown: A and X act only then, and its current sentence is selected. */
  readonly shown: boolean;
}

/**
 * The suggester over one open article: fetches its answer once, keeps which suggestion is
 * current and which the analyst dismissed, and tags a suggestion only when the analyst accepts
 * it (through the session, so it is undoable and autosaved).
 */
export class SuggestionsController {
  private ui: SuggestionsUi = { state: { status: 'idle' }, dismissed: new Set(), current: null, shown: false };
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | null = null;

  constructor(
    private readonly session: ReaderSession,
    private readonly client: Pick<Client, 'document:suggest'>,
  ) {}

  /** Subscribes to `SuggestionsUi` changes. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current `SuggestionsUi`. */
  readonly getSnapshot = (): SuggestionsUi => this.ui;

  /** The side panel shows the suggestions (fetched the first time) or stops showing them. */
  setShown(shown: boolean): void {
    if (shown === this.ui.shown) return;
    this.update({ shown });
    if (shown) void this.load();
  }

  /** Fetches the suggester's answer once; later calls wait for the same answer. */
  load(): Promise<void> {
    if (this.ui.state.status === 'ready') return Promise.resolve();
    this.loading ??= (async () => {
      this.update({ state: { status: 'loading' } });
      try {
        const { suggestions, claimants, unsupportedLanguage } = await this.client['document:suggest']({
          documentId: this.session.article.id,
        });
        this.update({ state: { status: 'ready', suggestions, claimants, ...(unsupportedLanguage ? { unsupportedLanguage } : {}) } });
        const first = this.openList()[0];
        this.showCurrent(first ? suggestionKey(first) : null);
      } catch (e) {
        this.update({ state: { status: 'failed', error: messageOf(e) } });
        this.loading = null;
      }
    })();
    return this.loading;
  }

  /** Who the suggester found saying each sentence (empty until it has answered). */
  claimants(): readonly SentenceClaimant[] {
    return this.ui.state.status === 'ready' ? this.ui.state.claimants : [];
  }

  /** The suggestions still open: not dismissed, not already tagged that way; best first. */
  openList(): Suggestion[] {
    const { state } = this.ui;
    if (state.status !== 'ready') return [];
    return openSuggestions(state.suggestions, this.ui.dismissed, this.session.annotations.getSnapshot().annotations);
  }

  /** Makes a suggestion current and shows its sentence. */
  focus(suggestion: Suggestion): void {
    this.update({ current: suggestionKey(suggestion) });
    this.session.cursor.preview({ start: suggestion.start, end: suggestion.end });
  }

  /** A: tags the current suggestion's sentence as suggested. Nothing is tagged without this. */
  accept(suggestion = this.chosen()): void {
    if (!suggestion) return;
    const next = this.after(suggestion);
    this.session.applyEdits({ add: [{ tag: suggestion.tag, range: { start: suggestion.start, end: suggestion.end } }] });
    this.session.notify(`Accepted: ${tagLabel(suggestion.tag).toLowerCase()}`);
    this.showCurrent(next);
  }

  /** X: sets the current suggestion aside for this session. */
  dismiss(suggestion = this.chosen()): void {
    if (!suggestion) return;
    const next = this.after(suggestion);
    this.update({ dismissed: new Set([...this.ui.dismissed, suggestionKey(suggestion)]) });
    this.session.notify('Suggestion dismissed');
    this.showCurrent(next);
  }

  /**
   * Makes the suggestion with `key` current and, while the suggestions are shown, selects its
   * sentence: the analyst sees what A would tag, and 1/2/3 tag it otherwise.
   */
  private showCurrent(key: string | null): void {
    this.update({ current: key });
    const suggestion = key ? this.openList().find((s) => suggestionKey(s) === key) : undefined;
    if (suggestion && this.ui.shown) this.session.cursor.preview({ start: suggestion.start, end: suggestion.end });
  }

  /**
   * The suggestion A and X act on: the one on the selection (the current one if several are),
   * else the current one when nothing is selected; undefined when the suggestions are hidden,
   * none is left, or the selected text has none. The panel marks this one.
   */
  target(): Suggestion | undefined {
    return this.pick().suggestion;
  }

  private chosen(): Suggestion | undefined {
    const { suggestion, why } = this.pick();
    if (why) this.session.notify(why);
    return suggestion;
  }

  private pick(): { suggestion?: Suggestion; why?: string } {
    if (!this.ui.shown) return { why: 'Press S to see the suggestions first' };
    const list = this.openList();
    if (list.length === 0) return { why: 'No suggestion left' };
    const current = (s: Suggestion) => suggestionKey(s) === this.ui.current;
    const range = this.session.getSnapshot().selection.range;
    if (!range) return { suggestion: list.find(current) ?? list[0] };
    const here = list.filter((s) => s.start < range.end && s.end > range.start);
    if (here.length === 0) return { why: 'No suggestion on the selection: choose one in the list' };
    return { suggestion: here.find(current) ?? here[0] };
  }

  /** The key of the suggestion after `suggestion` in the open list (or before it, at the end). */
  private after(suggestion: Suggestion): string | null {
    const list = this.openList();
    const at = list.findIndex((s) => suggestionKey(s) === suggestionKey(suggestion));
    const next = list[at + 1] ?? list[at - 1];
    return next ? suggestionKey(next) : null;
  }

  private update(patch: Partial<SuggestionsUi>): void {
    this.ui = { ...this.ui, ...patch };
    for (const listener of this.listeners) listener();
  }
}
