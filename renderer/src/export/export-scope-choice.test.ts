import { describe, expect, it } from 'vitest';
import type { Annotation, Tag } from '../../../shared/model/annotation';
import { analystChoices, describeFilter, initialScopeKind, scopeOf } from './export-scope-choice';

const me = { id: 'cat', name: 'Cat Reyes' };
const ben = { id: 'ben', name: 'Ben Ortiz' };
const layers = (adjudicated: number, colleagues = [ben]) => ({
  me,
  colleagues: colleagues.map((analyst) => ({ analyst, appearance: { colour: '#1f5f99', initials: 'BO' }, annotations: [] })),
  adjudicated: {
    schemaVersion: 1 as const,
    documentId: 'doc',
    analyst: { id: 'adjudicated', name: 'Adjudicated by Cat Reyes' },
    annotations: Array<Annotation>(adjudicated),
  },
});

describe('the export scope choice', () => {
  it('starts from the sidebar filter when one is active, and exports just its tags', () => {
    expect(initialScopeKind(['claim'])).toBe('filter');
    expect(initialScopeKind(null)).toBe('document');
    const picks = { filter: ['claim', 'evidence'] as Tag[], tags: new Set<Tag>(['denial']), analysts: new Set(['ben']) };
    expect(scopeOf('filter', picks)).toEqual({ tags: ['claim', 'evidence'] });
    expect(scopeOf('tags', picks)).toEqual({ tags: ['denial'] });
    expect(scopeOf('document', picks)).toEqual({});
    expect(scopeOf('analysts', picks)).toEqual({ analysts: ['ben'] });
  });

  it('names the filter by the tags it shows', () => {
    expect(describeFilter(['claim', 'evidence'])).toBe('Current filter (claims, evidence)');
    expect(describeFilter(['denial'])).toBe('Current filter (denials)');
    expect(describeFilter([])).toBe('Current filter (no tags)');
  });

  it('offers the adjudicated layer, unticked, once the review has accepted something', () => {
    expect(analystChoices(layers(0))).toEqual([
      { id: 'cat', label: 'Cat Reyes', chosen: true },
      { id: 'ben', label: 'Ben Ortiz', chosen: true },
    ]);
    expect(analystChoices(layers(2)).at(-1)).toEqual({ id: 'adjudicated', label: 'Adjudicated (by Cat Reyes)', chosen: false });
  });

  it('lists a stored adjudicated layer once, under its own name', () => {
    const stored = { id: 'adjudicated', name: 'Adjudicated by Ana' };
    expect(analystChoices(layers(0, [ben, stored])).map((c) => c.label)).toEqual(['Cat Reyes', 'Ben Ortiz', 'Adjudicated by Ana']);
    expect(analystChoices(layers(1, [ben, stored])).map((c) => c.label)).toEqual(['Cat Reyes', 'Ben Ortiz', 'Adjudicated (by Cat Reyes)']);
  });
});
