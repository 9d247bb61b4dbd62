import type { Annotation } from '../../../shared/model/annotation';
import type { Client } from '../ipc/client';
import { trackUntilQuit } from './flush-before-quit';

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

/**
 * What the save indicator shows: nothing changed since opening (`clean`), changes waiting or
 * on their way (`saving`), the last save's time (`saved`), or why the last attempt failed
 * (`failed`; the changes are kept and retried).
 */
export type SaveStatus = { kind: 'clean' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; message: string };

/** Where saving stands, as the save indicator reads it. */
export type SaveStatusSource = Pick<Autosave, 'subscribe' | 'getSnapshot' | 'hasRefusedChanges'>;

/** The one request autosave makes; it rejects with a user-facing message on failure. */
export type SaveClient = Pick<Client, 'annotations:apply'>;

/** How autosave reaches the store and how patient it is. */
export interface AutosaveOptions {
  pending: PendingChanges;
  documentId: string;
  /** Sends each batch as one `annotations:apply` request. */
  client: SaveClient;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Waits before each retry after consecutive failures; the last one repeats. */
  retryDelaysMs?: readonly number[];
}

/**
 * Saves a document's pending changes: debounced, coalesced, never two requests in flight, and
 * on failure keeps the changes and retries with growing delays. An external store of
 * `SaveStatus` for the toolbar.
 */
export class Autosave {
  private status: SaveStatus = { kind: 'clean' };
  /** The last status with nothing waiting (`clean` or `saved`), shown again when waiting changes cancel out. */
  private settled: SaveStatus = { kind: 'clean' };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private failures = 0;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;
  private readonly untrack: () => void;
  private readonly delayMs: number;
  private readonly retryDelaysMs: readonly number[];

  constructor(private readonly options: AutosaveOptions) {
    this.delayMs = options.delayMs ?? 300;
    this.retryDelaysMs = options.retryDelaysMs ?? [1000, 3000, 10_000];
    this.unsubscribe = options.pending.subscribe(() => this.changed());
    // Quitting waits for this autosave's changes (main asks the page through flushAllBeforeQuit).
    this.untrack = trackUntilQuit(this);
    if (!options.pending.isEmpty) this.changed();
  }

  /** Subscribes to status changes. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current status. */
  readonly getSnapshot = (): SaveStatus => this.status;

  /** Whether some change is not saved yet (waiting, in flight or failed). */
  get hasUnsaved(): boolean {
    return this.inFlight !== null || !this.options.pending.isEmpty;
  }

  /**
   * Whether the store refused the last attempt and changes are still unsaved: true even while a
   * retry is on its way, so a close attempt that itself starts a save still sees it.
   */
  get hasRefusedChanges(): boolean {
    return this.failures > 0 && this.hasUnsaved;
  }

  /**
   * Saves everything now (after any request in flight). Resolves true once nothing is left
   * unsaved, false if the attempt failed (the changes stay queued for the retry).
   */
  async flush(): Promise<boolean> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    if (!this.options.pending.isEmpty) await this.run();
    return !this.hasUnsaved;
  }

  /** Stops listening and cancels any scheduled save; pending changes stay with their owner. */
  dispose(): void {
    this.clearTimer();
    this.unsubscribe();
    this.untrack();
    this.listeners.clear();
  }

  private changed(): void {
    if (this.status.kind === 'failed' && this.timer) return;
    this.setStatus({ kind: 'saving' });
    if (!this.inFlight) this.schedule(this.delayMs);
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    const batch = this.options.pending.take();
    // A tag made and undone before it was sent leaves nothing to send: nothing is unsaved either.
    if (!batch) return (this.setStatus(this.settled), Promise.resolve());
    this.setStatus({ kind: 'saving' });
    const { client, documentId } = this.options;
    this.inFlight = client['annotations:apply']({ documentId, ...batch })
      .then(
        ({ savedAt }) => {
          this.options.pending.confirm(batch);
          this.failures = 0;
          this.setStatus({ kind: 'saved', at: new Date(savedAt) });
        },
        (error: unknown) => {
          this.options.pending.requeue(batch);
          this.failures += 1;
          const message = error instanceof Error ? error.message : String(error);
          this.setStatus({ kind: 'failed', message });
        },
      )
      .finally(() => {
        this.inFlight = null;
        if (this.options.pending.isEmpty) return;
        const retry = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length) - 1];
        if (this.failures > 0) this.schedule(retry ?? this.delayMs);
        else this.changed();
      });
    return this.inFlight;
  }

  private setStatus(status: SaveStatus): void {
    if (status.kind === this.status.kind && status.kind === 'saving') return;
    if (status.kind === 'clean' || status.kind === 'saved') this.settled = status;
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
