import { describe, expect, it } from 'vitest';
import { FoldedText, foldQuery } from './folded-text';

function found(text: string, query: string): string[] {
  return new FoldedText(text).find(foldQuery(query)).map(({ start, end }) => text.slice(start, end));
}

describe('FoldedText', () => {
  it('finds every occurrence regardless of case, in text order', () => {
    expect(found('Fuel reserves. The FUEL was full; fuelled later.', 'fuel')).toEqual(['Fuel', 'FUEL', 'fuel']);
  });

  it('ignores accents both ways and answers ranges of the original text', () => {
    const text = 'Le café de la Région. Un cafe resté fermé.';
    expect(found(text, 'cafe')).toEqual(['café', 'cafe']);
    expect(found(text, 'REGION')).toEqual(['Région']);
    expect(found(text, 'résté')).toEqual(['resté']);
  });

  it('spells out letters without a plain base letter, and keeps offsets after them', () => {
    const text = 'Die Straße ist gesperrt. Strasse zwei.';
    expect(found(text, 'strasse')).toEqual(['Straße', 'Strasse']);
    expect(found(text, 'gesperrt')).toEqual(['gesperrt']);
  });

  it('finds decomposed accents, and matches a query across line breaks and repeated spaces', () => {
    const text = 'Cafe\u0301 noir.\nThe  port\nauthority said.';
    expect(found(text, 'café')).toEqual(['Cafe\u0301']);
    expect(found(text, 'port authority')).toEqual(['port\nauthority']);
  });

  it('finds text in scripts written without spaces', () => {
    expect(found('港口管理局表示，燃料储备已满。', '燃料')).toEqual(['燃料']);
  });

  it('finds nothing for a blank query, and stops at the limit', () => {
    expect(found('anything', '   ')).toEqual([]);
    expect(new FoldedText('a a a a').find('a', 2)).toHaveLength(2);
  });
});
