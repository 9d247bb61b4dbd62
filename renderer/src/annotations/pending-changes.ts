import type { Annotation } from '../../../shared/model/annotation';

/** One save request's worth of changes for `annotations:apply`. */
export interface ChangeBatch {
  upsert: Annotation[];
  remove: string[];
}

/**
 * Changes not yet saved, coalesced per annotation: only its latest state is sent, and an
 * annotation created and deleted between two saves is never sent at all. Knows which ids the
 * store holds, so it never asks to remove one it never saved.
 */
export class PendingChanges {
  private readonly changes = new Map<string, Annotation | null>();
  private readonly persisted: Set<string>;
  private readonly listeners = new Set<() => void>();

  /** `persistedIds`: the annotations the store already holds for this document. */
  constructor(persistedIds: Iterable<string>) {
    this.persisted = new Set(persistedIds);
  }

  /** Notes the latest state of an annotation: the annotation, or null once deleted. */
  record(id: string, annotation: Annotation | null): void {
    this.changes.set(id, annotation);
    for (const listener of this.listeners) listener();
  }

  /** Whether anything waits to be saved. */
  get isEmpty(): boolean {
    return this.changes.size === 0;
  }

  /** Hears every `record`; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Hands over everything pending as one batch and forgets it; the caller must `confirm` or
   * `requeue` the batch. Null when there is nothing worth sending.
   */
  take(): ChangeBatch | null {
    const batch: ChangeBatch = { upsert: [], remove: [] };
    for (const [id, annotation] of this.changes) {
      if (annotation) batch.upsert.push(annotation);
      else if (this.persisted.has(id)) batch.remove.push(id);
    }
    this.changes.clear();
    return batch.upsert.length + batch.remove.length > 0 ? batch : null;
  }

  /** Records that the store saved `batch`. */
  confirm(batch: ChangeBatch): void {
    for (const annotation of batch.upsert) this.persisted.add(annotation.id);
    for (const id of batch.remove) this.persisted.delete(id);
  }

  /** Puts a failed batch back, except where a newer change to the same annotation superseded it. */
  requeue(batch: ChangeBatch): void {
    for (const annotation of batch.upsert) if (!this.changes.has(annotation.id)) this.changes.set(annotation.id, annotation);
    for (const id of batch.remove) if (!this.changes.has(id)) this.changes.set(id, null);
  }
}
