import { describe, expect, it } from 'vitest';
import { testAnnotation } from '../../../shared/claims/test-support/test-annotations';
import { diffAnnotationLists } from './annotation-list-diff';

describe('diffAnnotationLists', () => {
  const list = Array.from({ length: 8 }, (_, i) => testAnnotation(`a${i}`, 'claim', i * 10));
  const ids = ({ gone, arrived }: ReturnType<typeof diffAnnotationLists>) => ({
    gone: gone.map((a) => a.id),
    arrived: arrived.map((a) => a.id),
  });

  it('finds one added, one removed and one changed annotation', () => {
    const added = testAnnotation('new', 'denial', 35);
    expect(ids(diffAnnotationLists(list, [...list.slice(0, 4), added, ...list.slice(4)]))).toEqual({ gone: [], arrived: ['new'] });
    expect(ids(diffAnnotationLists(list, [...list.slice(0, 2), ...list.slice(3)]))).toEqual({ gone: ['a2'], arrived: [] });
    const noted = list.map((a) => (a.id === 'a5' ? { ...a, body: { ...a.body, note: 'checked' } } : a));
    expect(diffAnnotationLists(list, noted)).toEqual({ gone: [list[5]], arrived: [noted[5]] });
  });

  it('finds changes at both ends at once, leaving the unchanged ones between', () => {
    const edited = [testAnnotation('first', 'claim', 0), ...list.slice(1, 7), testAnnotation('last', 'claim', 90)];
    expect(ids(diffAnnotationLists(list, edited))).toEqual({ gone: ['a0', 'a7'], arrived: ['first', 'last'] });
  });
});
