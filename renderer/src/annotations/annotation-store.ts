import { describe } from '../../../shared/anchoring';
import type { Annotation, Creator, Tag } from '../../../shared/model/annotation';
import { sameRange, type TextRange } from '../text/text-range';
import { compareAnnotations, firstStartingAt, lowerBound } from './annotation-order';
import type { AttentionItem } from './attention';
import { newAnnotation } from './new-annotation';
import type { OpenedAnnotations } from './open-annotations';
import { patchBody, type BodyPatch, type NewAnnotationEdit } from './annotation-edits';
import { PendingChanges } from './autosave';
import { UndoHistory, type AnnotationRecord as Rec, type Change } from './undo-history';

/** What the store needs to know about the open document and its surroundings. */
export interface AnnotationStoreOptions {
  documentId: string;
  /** The document's plain text, which new annotations' selectors describe. */
  text: string;
  creator: Creator;
  opened: OpenedAnnotations;
  now?: () => Date;
  newId?: () => string;
}

/** The store as React reads it; a new object after every change, never mutated. */
export interface AnnotationsSnapshot {
  /** Painted annotations in document order. */
  readonly annotations: readonly Annotation[];
  readonly attention: readonly AttentionItem[];
  readonly counts: Readonly<Record<Tag, number>>;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** Highlights to add and remove after a change; note edits paint nothing. */
export interface PaintChange {
  add: readonly Annotation[];
  remove: readonly Annotation[];
}

const paintKey = (rec: Rec | null) => {
  if (!rec || rec.attention) return null;
  const { start, end } = rec.annotation.target.selector.position;
  return `${rec.annotation.body.tag}:${start}:${end}`;
};

/** The store as the reader's panels see it: they read and subscribe; only the reader session writes. */
export type AnnotationsView = Pick<AnnotationStore, 'subscribe' | 'getSnapshot' | 'get' | 'within'>;

/**
 * The open document's annotations: tagging operations, undo/redo (an `UndoHistory` of the
 * changes applied here), and the pending changes autosave sends. An external store for
 * `useSyncExternalStore`; each operation costs O(log n) lookups plus one array copy, so tagging
 * stays fast at 10,000 annotations.
 */
export class AnnotationStore {
  /** Changes waiting for autosave. */
  readonly pending: PendingChanges;
  private readonly records = new Map<string, Rec>();
  private readonly attention = new Map<string, AttentionItem>();
  private ordered: Annotation[] = [];
  private readonly counts: Record<Tag, number> = { claim: 0, denial: 0, evidence: 0 };
  private readonly history = new UndoHistory();
  private readonly listeners = new Set<() => void>();
  private readonly painters = new Set<(change: PaintChange) => void>();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private snapshot!: AnnotationsSnapshot;

  constructor(private readonly options: AnnotationStoreOptions) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => crypto.randomUUID());
    const { painted, attention, repaired } = options.opened;
    this.pending = new PendingChanges([...painted, ...attention.map((a) => a.annotation)].map((a) => a.id));
    for (const annotation of painted) {
      this.records.set(annotation.id, { annotation, attention: null });
      this.counts[annotation.body.tag] += 1;
    }
    for (const item of attention) {
      this.records.set(item.annotation.id, { annotation: item.annotation, attention: item });
      this.attention.set(item.annotation.id, item);
    }
    this.ordered = [...painted].sort(compareAnnotations);
    const byId = new Map(painted.map((a) => [a.id, a]));
    for (const id of repaired) this.pending.record(id, byId.get(id) ?? null);
    this.publish();
  }

  /** Subscribes a React listener to snapshot changes. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current snapshot (stable until the next change). */
  readonly getSnapshot = (): AnnotationsSnapshot => this.snapshot;

  /** Hears which highlights to add and remove after each change. */
  onPaint(listener: (change: PaintChange) => void): () => void {
    this.painters.add(listener);
    return () => this.painters.delete(listener);
  }

  /** The annotation with this id (painted or needing attention), if any. */
  get(id: string): Annotation | undefined {
    return this.records.get(id)?.annotation;
  }

  /** Painted annotations lying wholly inside `range`, in document order. */
  within(range: TextRange): Annotation[] {
    const found: Annotation[] = [];
    for (let i = firstStartingAt(this.ordered, range.start); i < this.ordered.length; i++) {
      const position = this.ordered[i]!.target.selector.position;
      if (position.start >= range.end) break;
      if (position.end <= range.end) found.push(this.ordered[i]!);
    }
    return found;
  }

  /** Removes the `tag` annotation on exactly `range` if there is one, else adds one. */
  toggleTag(tag: Tag, range: TextRange): 'added' | 'removed' {
    const exact = this.within(range).find((a) => a.body.tag === tag && sameRange(a.target.selector.position, range));
    if (exact) {
      this.commit([this.removal(exact.id)]);
      return 'removed';
    }
    this.commit([this.addition(tag, range)]);
    return 'added';
  }

  /** Leaves exactly one annotation inside `range`: a `tag` one on the whole range. False if already so. */
  changeTag(tag: Tag, range: TextRange): boolean {
    const inside = this.within(range);
    const keep = inside.find((a) => a.body.tag === tag && sameRange(a.target.selector.position, range));
    const changes = inside.filter((a) => a !== keep).map((a) => this.removal(a.id));
    if (!keep) changes.push(this.addition(tag, range));
    return this.commit(changes);
  }

  /** Removes every annotation inside `range`; returns how many. */
  removeTags(range: TextRange): number {
    const changes = this.within(range).map((a) => this.removal(a.id));
    this.commit(changes);
    return changes.length;
  }

  /** Sets an annotation's note; quick successive edits undo together. */
  setNote(id: string, note: string): void {
    const rec = this.records.get(id);
    if (!rec || rec.annotation.body.note === note) return;
    const at = this.now();
    const annotation = { ...rec.annotation, modified: at.toISOString(), body: { ...rec.annotation.body, note } };
    this.commitEdit({ id, before: rec, after: { ...rec, annotation } }, `note:${id}`, at);
  }

  /**
   * Changes body fields other than the tag (claim record, links, sources, note) of one
   * annotation; `undefined` in `patch` clears a field. With `coalesce`, quick successive edits
   * carrying the same key undo as one step, as typing in a field should.
   */
  updateBody(id: string, patch: BodyPatch, coalesce?: string): void {
    const rec = this.records.get(id);
    if (!rec) return;
    const at = this.now();
    this.commitEdit(
      { id, before: rec, after: { ...rec, annotation: patchBody(rec.annotation, patch, at) } },
      coalesce ? `body:${id}:${coalesce}` : null,
      at,
    );
  }

  /**
   * Several edits as one undoable step: new annotations (tag, range and body fields; their ids
   * are returned in order), body patches and removals. Used where one action of the analyst's
   * touches several annotations: removing a claim with its links, accepting a suggestion with
   * its claim record.
   */
  applyEdits(edits: {
    add?: readonly NewAnnotationEdit[];
    update?: readonly { id: string; patch: BodyPatch }[];
    remove?: readonly string[];
  }): string[] {
    const at = this.now();
    const changes: Change[] = [];
    const added: string[] = [];
    for (const { tag, range, patch } of edits.add ?? []) {
      const change = this.addition(tag, range);
      if (patch && change.after) change.after = { ...change.after, annotation: patchBody(change.after.annotation, patch, at) };
      changes.push(change);
      added.push(change.id);
    }
    for (const { id, patch } of edits.update ?? []) {
      const rec = this.records.get(id);
      if (rec) changes.push({ id, before: rec, after: { ...rec, annotation: patchBody(rec.annotation, patch, at) } });
    }
    for (const id of edits.remove ?? []) if (this.records.has(id)) changes.push(this.removal(id));
    this.commit(changes);
    return added;
  }

  /** Settles an annotation needing attention on `range`, with fresh selectors. */
  placeAt(id: string, range: TextRange): void {
    const rec = this.records.get(id);
    if (!rec?.attention) return;
    const selector = describe(this.options.text, range.start, range.end);
    const annotation = { ...rec.annotation, target: { ...rec.annotation.target, selector } };
    this.commit([{ id, before: rec, after: { annotation, attention: null } }]);
  }

  /** Deletes an annotation, painted or not (the analyst's explicit choice; undoable). */
  discard(id: string): void {
    if (this.records.has(id)) this.commit([this.removal(id)]);
  }

  /** Undoes the last change; false when there is none. */
  undo(): boolean {
    const changes = this.history.undo();
    if (!changes) return false;
    this.apply(changes, false);
    this.publish();
    return true;
  }

  /** Redoes the last undone change; false when there is none. */
  redo(): boolean {
    const changes = this.history.redo();
    if (!changes) return false;
    this.apply(changes, true);
    this.publish();
    return true;
  }

  private addition(tag: Tag, range: TextRange): Change {
    const { documentId, text, creator } = this.options;
    const annotation = newAnnotation(tag, range, { documentId, text, creator, id: this.newId(), at: this.now() });
    return { id: annotation.id, before: null, after: { annotation, attention: null } };
  }

  private removal(id: string): Change {
    return { id, before: this.records.get(id) ?? null, after: null };
  }

  private commit(changes: Change[], coalesce: string | null = null): boolean {
    if (changes.length === 0) return false;
    this.apply(changes, true);
    this.history.push(changes, coalesce, this.now().getTime());
    this.publish();
    return true;
  }

  /** Commits an edit of one annotation made at `at`, folded into the last undo step when the history allows. */
  private commitEdit(change: Change, coalesce: string | null, at: Date): void {
    if (!this.history.fold(change, coalesce, at.getTime())) return void this.commit([change], coalesce);
    this.apply([change], true);
    this.publish();
  }

  private apply(changes: readonly Change[], forward: boolean): void {
    const add: Annotation[] = [];
    const remove: Annotation[] = [];
    const ordered = this.ordered.slice();
    for (const change of forward ? changes : [...changes].reverse()) {
      const from = forward ? change.before : change.after;
      const to = forward ? change.after : change.before;
      if (from && !from.attention) {
        const at = lowerBound(ordered, from.annotation);
        if (ordered[at]?.id === change.id) ordered.splice(at, 1);
        this.counts[from.annotation.body.tag] -= 1;
      }
      if (to && !to.attention) {
        ordered.splice(lowerBound(ordered, to.annotation), 0, to.annotation);
        this.counts[to.annotation.body.tag] += 1;
      }
      if (to) this.records.set(change.id, to);
      else this.records.delete(change.id);
      if (to?.attention) this.attention.set(change.id, { ...to.attention, annotation: to.annotation });
      else this.attention.delete(change.id);
      if (paintKey(from) !== paintKey(to)) {
        if (from && !from.attention) remove.push(from.annotation);
        if (to && !to.attention) add.push(to.annotation);
      }
      this.pending.record(change.id, to?.annotation ?? null);
    }
    this.ordered = ordered;
    if (add.length + remove.length > 0) for (const painter of this.painters) painter({ add, remove });
  }

  private publish(): void {
    this.snapshot = {
      annotations: this.ordered,
      attention: [...this.attention.values()],
      counts: { ...this.counts },
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
    };
    for (const listener of this.listeners) listener();
  }
}
