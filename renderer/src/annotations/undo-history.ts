import type { Annotation } from '../../../shared/model/annotation';
import type { Attention } from './attention';

/** Consecutive note edits to one annotation within this many ms undo as one step. */
export const NOTE_COALESCE_MS = 2000;

/** One annotation as the store holds it: painted (`attention` null) or waiting for review. */
export type AnnotationRecord = { annotation: Annotation; attention: Attention | null };

/** One annotation's state before and after a change; null where it did not exist. */
export type Change = { id: string; before: AnnotationRecord | null; after: AnnotationRecord | null };

type UndoEntry = { changes: Change[]; coalesce: string | null; at: number };

/**
 * Undo and redo as stacks of steps, each a list of changes the store applies forwards or
 * backwards; it holds no annotations itself. Edits carrying the same `coalesce` key made within
 * `NOTE_COALESCE_MS` of each other fold into one step, as typing in a field should.
 */
export class UndoHistory {
  private readonly undoStack: UndoEntry[] = [];
  private readonly redoStack: UndoEntry[] = [];

  /** Whether there is a step to undo. */
  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Whether there is an undone step to redo. */
  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Records a step made at `at` (ms); a new step forgets whatever was undone. */
  push(changes: Change[], coalesce: string | null, at: number): void {
    this.undoStack.push({ changes, coalesce, at });
    this.redoStack.length = 0;
  }

  /**
   * Folds `change` into the last step when that step is an edit with the same `coalesce` key made
   * moments before `at` and nothing was undone since; false when it must be a step of its own.
   */
  fold(change: Change, coalesce: string | null, at: number): boolean {
    const top = this.undoStack.at(-1);
    if (!coalesce || top?.coalesce !== coalesce || at - top.at >= NOTE_COALESCE_MS || this.redoStack.length > 0) return false;
    top.changes = [{ id: change.id, before: top.changes[0]!.before, after: change.after }];
    top.at = at;
    return true;
  }

  /** Takes the last step for undoing (it becomes redoable, never folded into again); null when there is none. */
  undo(): readonly Change[] | null {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    this.redoStack.push({ ...entry, coalesce: null });
    return entry.changes;
  }

  /** Takes the last undone step for redoing; null when there is none. */
  redo(): readonly Change[] | null {
    const entry = this.redoStack.pop();
    if (!entry) return null;
    this.undoStack.push(entry);
    return entry.changes;
  }
}
