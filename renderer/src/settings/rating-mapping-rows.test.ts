import { describe, expect, it } from 'vitest';
import { mappingRows } from './rating-mapping-rows';

describe('mappingRows', () => {
  it('puts the stored ratings first, flags one the table does not map, then lists the rest of the table', () => {
    const rows = mappingRows({ 'half true': 'mixed', false: 'false', true: 'true' }, [
      { rating: 'Spin', count: 1, group: null },
      { rating: 'Half-True', count: 3, group: 'mixed' },
    ]);
    expect(rows).toEqual([
      { key: 'half true', label: 'Half-True', group: 'mixed', count: 3 },
      { key: 'spin', label: 'Spin', group: null, count: 1 },
      { key: 'false', label: 'false', group: 'false', count: 0 },
      { key: 'true', label: 'true', group: 'true', count: 0 },
    ]);
  });
});
