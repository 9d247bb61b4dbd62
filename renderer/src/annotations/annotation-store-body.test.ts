import { describe, expect, it } from 'vitest';
import { AnnotationStore, type PaintChange } from './annotation-store';
import { NOTE_COALESCE_MS } from './undo-history';

const text = 'Alpha is first. Beta is second.\n\nGamma is third. Delta is fourth.';
const sentence = (word: string) => {
  const start = text.indexOf(word);
  return { start, end: text.indexOf('.', start) + 1 };
};

function setup() {
  let clock = Date.parse('2024-05-01T10:00:00Z');
  let ids = 0;
  const store = new AnnotationStore({
    documentId: 'doc',
    text,
    creator: { id: 'ana', name: 'Ana' },
    opened: { painted: [], attention: [], repaired: [] },
    now: () => new Date(clock),
    newId: () => `n${++ids}`,
  });
  const paints: PaintChange[] = [];
  store.onPaint((change) => paints.push(change));
  return { store, paints, tick: (ms: number) => (clock += ms) };
}

const record = (statement: string) => ({ statement, status: 'unstarted' as const });

describe('AnnotationStore body edits', () => {
  it('sets and clears body fields, repaints nothing, queues the save and undoes', () => {
    const { store, paints, tick } = setup();
    store.toggleTag('claim', sentence('Beta'));
    store.pending.take();
    tick(5000);
    store.updateBody('n1', { claim: record('Beta is second') });
    expect(store.get('n1')?.body).toEqual({ tag: 'claim', note: '', claim: record('Beta is second') });
    expect(store.get('n1')?.modified).toBe('2024-05-01T10:00:05.000Z');
    expect(paints).toHaveLength(1);
    expect(store.pending.take()?.upsert.map((a) => a.body.claim?.statement)).toEqual(['Beta is second']);
    store.updateBody('n1', { claim: undefined });
    expect(store.get('n1')?.body).toEqual({ tag: 'claim', note: '' });
    store.undo();
    expect(store.get('n1')?.body.claim?.statement).toBe('Beta is second');
  });

  it('coalesces quick edits with the same key into one undo step, not edits with another key', () => {
    const { store, tick } = setup();
    store.toggleTag('claim', sentence('Beta'));
    store.updateBody('n1', { claim: record('B') }, 'statement');
    tick(NOTE_COALESCE_MS / 4);
    store.updateBody('n1', { claim: record('Be') }, 'statement');
    store.updateBody('n1', { note: 'x' }, 'note');
    store.undo();
    expect(store.get('n1')?.body).toEqual({ tag: 'claim', note: '', claim: record('Be') });
    store.undo();
    expect(store.get('n1')?.body).toEqual({ tag: 'claim', note: '' });
  });

  it('applies additions, patches and removals as one undoable step', () => {
    const { store } = setup();
    store.toggleTag('claim', sentence('Alpha'));
    store.toggleTag('evidence', sentence('Gamma'));
    const added = store.applyEdits({
      add: [{ tag: 'denial', range: sentence('Delta'), patch: { links: [{ claim: 'n1', stance: 'refutes' }] } }],
      update: [{ id: 'n2', patch: { links: [{ claim: 'n1', stance: 'supports' }] } }],
    });
    expect(added).toEqual(['n3']);
    expect(store.get('n3')?.body.links).toEqual([{ claim: 'n1', stance: 'refutes' }]);
    store.applyEdits({
      remove: ['n1'],
      update: [
        { id: 'n2', patch: { links: [] } },
        { id: 'n3', patch: { links: [] } },
      ],
    });
    expect(store.get('n1')).toBeUndefined();
    expect(store.get('n2')?.body.links).toEqual([]);
    store.undo();
    expect(store.get('n1')?.body.tag).toBe('claim');
    expect(store.get('n2')?.body.links).toEqual([{ claim: 'n1', stance: 'supports' }]);
    expect(store.get('n3')?.body.links).toEqual([{ claim: 'n1', stance: 'refutes' }]);
  });
});
