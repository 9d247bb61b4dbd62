import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import { NOTE_COALESCE_MS, UndoHistory, type Change } from './undo-history';

const noted = (note: string) => ({ annotation: { id: 'a', body: { tag: 'claim', note } } as Annotation, attention: null });
const edit = (from: string | null, to: string): Change => ({ id: 'a', before: from === null ? null : noted(from), after: noted(to) });

describe('UndoHistory', () => {
  it('folds quick edits with one key into a step that undoes to the state before the first', () => {
    const history = new UndoHistory();
    history.push([edit('', 'T')], 'note:a', 0);
    expect(history.fold(edit('T', 'Th'), 'note:a', NOTE_COALESCE_MS - 1)).toBe(true);
    expect(history.undo()).toEqual([edit('', 'Th')]);
    expect(history.canUndo).toBe(false);
  });

  it('keeps an edit a step of its own after a pause, under another key, or once something was undone', () => {
    const history = new UndoHistory();
    history.push([edit('', 'T')], 'note:a', 0);
    expect(history.fold(edit('T', 'Th'), 'note:a', NOTE_COALESCE_MS)).toBe(false);
    expect(history.fold(edit('T', 'Th'), 'note:b', 1)).toBe(false);
    history.push([edit('T', 'Th')], 'note:a', 1);
    history.undo();
    expect(history.fold(edit('T', 'The'), 'note:a', 2)).toBe(false);
  });

  it('redoes what was undone until a new step is pushed', () => {
    const history = new UndoHistory();
    history.push([edit(null, 'x')], null, 0);
    expect(history.undo()).toEqual([edit(null, 'x')]);
    expect(history.redo()).toEqual([edit(null, 'x')]);
    history.undo();
    history.push([edit(null, 'y')], null, 1);
    expect(history.canRedo).toBe(false);
    expect(history.redo()).toBeNull();
  });
});
