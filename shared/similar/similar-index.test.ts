import { describe, expect, it } from 'vitest';
import { createSimilarIndex, loadSimilarIndex } from './similar-index';
import type { SimilarEntry } from './similar-entry';

function indexOf(entries: readonly Omit<SimilarEntry, 'kind'>[]) {
  const index = createSimilarIndex();
  for (const entry of entries) index.upsert({ kind: 'factcheck', ...entry });
  return index;
}

const library = [
  { key: 'ohio', text: 'Unemployment in Ohio rose to 15 per cent last year.', claimant: 'Joe Biden' },
  { key: 'wage', text: 'The minimum wage has not risen since 2009.', claimant: 'Bernie Sanders' },
  { key: 'chicago', text: 'Crime in Chicago doubled over the past decade.' },
  { key: 'texas', text: 'Unemployment in Texas fell to 4% in March.' },
];

describe('createSimilarIndex', () => {
  it('finds a rewording with its numbers in words, and says why', () => {
    const [best] = indexOf(library).search({ text: 'President Biden says fifteen percent unemployment hit Ohio after it rose' });
    expect(best?.entry.key).toBe('ohio');
    expect(best?.reasons).toEqual(expect.arrayContaining(['same numbers: 15 per cent', 'same claimant: Joe Biden', 'same place: Ohio']));
    expect(best?.reasons.some((r) => r.startsWith('shared rare words: ') && r.includes('Unemployment'))).toBe(true);
  });

  it('does not offer the opposite claim or one with other numbers', () => {
    const index = indexOf(library);
    expect(index.search({ text: 'The minimum wage has risen since 2009.' })).toEqual([]);
    expect(index.search({ text: 'Unemployment in Ohio rose to 12 per cent last year.' })).toEqual([]);
    expect(index.search({ text: 'Unemployment in Ohio fell to 15 per cent last year.' })).toEqual([]);
  });

  it('updates incrementally: a replaced entry is found by its new text only, a removed one not at all', () => {
    const index = indexOf(library);
    index.upsert({ kind: 'claim', key: 'chicago', text: 'Murders in Baltimore halved in a year.' });
    expect(index.search({ text: 'Chicago crime doubled over a decade' })).toEqual([]);
    expect(index.search({ text: 'Baltimore murders were halved within a year' })[0]?.entry.key).toBe('chicago');
    index.remove('chicago');
    expect(index.search({ text: 'Baltimore murders were halved within a year' })).toEqual([]);
    expect(index.size()).toBe(3);
  });

  it('matches Chinese claims split differently by the segmenter', () => {
    const index = indexOf([...library, { key: 'zh', text: '去年俄亥俄州的失业率上升到百分之十五。' }]);
    expect(index.search({ text: '俄亥俄州失业率去年上升' })[0]?.entry.key).toBe('zh');
  });

  it('finds the rewording in a new casebook that holds only the two claims', () => {
    const first = '"Our reserves stood at 100 per cent on the night of the storm," the director, Helen Varga, told reporters.';
    const again = 'Helen Varga insisted again on Monday that the port’s reserves stood at 100% on the night of the storm.';
    const index = indexOf([
      { key: 'first', text: first },
      { key: 'again', text: again },
    ]);
    expect(index.search({ text: again, exclude: ['again'] })[0]?.entry.key).toBe('first');
  });

  it('leaves out excluded keys and honours the limit', () => {
    const index = indexOf(library);
    expect(index.search({ text: library[0]!.text, exclude: ['ohio'] })).toEqual([]);
    expect(index.search({ text: 'Unemployment rose', claimant: 'Biden' }, { threshold: 0, limit: 1 })).toHaveLength(1);
  });
});

describe('createSimilarIndex on near-misses', () => {
  it('holds back the same sentence about something else, saying which part differs', () => {
    const index = indexOf([{ key: 'teachers', text: 'Teachers in Texas earn less than the national average.' }]);
    expect(index.search({ text: 'Nurses in Texas earn less than the national average.' })).toEqual([]);
    const [held] = index.search({ text: 'Nurses in Texas earn less than the national average.' }, { threshold: 0 });
    expect(held?.reasons).toContain('one part differs: Nurses vs Teachers');
    expect(index.search({ text: 'Texas teachers are paid below the national average.' })[0]?.entry.key).toBe('teachers');
  });
});

describe('createSimilarIndex with a long query', () => {
  it('finds the earlier claim though many of the query’s words are in no entry', () => {
    const index = indexOf([{ key: 'tokyo', text: '東京の失業率は昨年15パーセントに上昇した。' }, ...library]);
    expect(index.search({ text: '東京では昨年、失業率が15％に上昇したと大臣が述べた。' })[0]?.entry.key).toBe('tokyo');
  });
});

describe('loadSimilarIndex', () => {
  it('answers as the index it was saved from, and keeps taking updates', () => {
    const saved = indexOf(library);
    const loaded = loadSimilarIndex(saved.serialise())!;
    for (const text of ['Ohio unemployment went up to 15% last year.', 'Chicago crime has doubled in the last decade.'])
      expect(loaded.search({ text })).toEqual(saved.search({ text }));
    loaded.upsert({ key: 'bridge', kind: 'claim', text: 'The new bridge cost forty million dollars.' });
    loaded.remove('chicago');
    expect(loaded.size()).toBe(4);
    expect(loaded.search({ text: 'The new bridge cost $40 million.' })[0]?.entry.key).toBe('bridge');
    expect(loaded.search({ text: 'Chicago crime has doubled in the last decade.' })).toEqual([]);
  });

  it('refuses an index saved in another format or not an index at all', () => {
    const other = JSON.parse(indexOf(library).serialise()) as { format: number };
    expect(loadSimilarIndex(JSON.stringify({ ...other, format: 1 }))).toBeUndefined();
    expect(loadSimilarIndex('{"broken"')).toBeUndefined();
  });
});
