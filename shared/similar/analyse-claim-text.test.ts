import { describe, expect, it } from 'vitest';
import { analyseClaimText } from './analyse-claim-text';

const terms = (text: string): string[] => analyseClaimText(text).terms;

describe('analyseClaimText', () => {
  it('reads a percentage the same in digits, words and "per cent"', () => {
    expect(analyseClaimText('Unemployment hit 15 per cent').numbers).toEqual(['15%']);
    expect(analyseClaimText('Unemployment hit 15%').numbers).toEqual(['15%']);
    expect(analyseClaimText('Unemployment hit fifteen percent').numbers).toEqual(['15%']);
    expect(analyseClaimText('Unemployment hit 15 %').numbers).toEqual(['15%']);
  });

  it('reads numbers written in words, with scales and thousands separators', () => {
    expect(analyseClaimText('two hundred and fifty thousand people').numbers).toEqual(['250000']);
    expect(analyseClaimText('1.5 million euros and 3,000 dollars').numbers).toEqual(['1500000', '3000']);
    expect(analyseClaimText('two and a half million euros').numbers).toEqual(['2500000']);
    expect(analyseClaimText('twenty-five jobs').numbers).toEqual(['25']);
    expect(analyseClaimText('a $2bn deficit').numbers).toEqual(['2000000000']);
  });

  it('folds case, accents, plurals, verb endings and common synonyms, and drops stop words', () => {
    expect(terms('Teachers earned less')).toEqual(terms('teacher is paid below'));
    expect(terms('The CITIES paid more Taxes')).toEqual(terms('a city pays more tax'));
    expect(terms('Zürich café prices')).toEqual(terms('zurich cafe price'));
    expect(terms("l'impôt des Français")).toEqual(['impot', 'francais']);
  });

  it('splits Chinese without spaces into character pairs', () => {
    expect(terms('失业率上升')).toEqual(['失业', '业率', '率上', '上升']);
  });

  it('notes places after a preposition and negations apart from the terms', () => {
    const text = analyseClaimText("Crime didn't rise in New York, Mayor Adams said.");
    expect(text.places).toEqual(['new', 'york']);
    expect(text.names).toEqual(['crim', 'new', 'york', 'mayor', 'adam']);
    expect(text.polarity).toEqual(['not', 'dir:up']);
    expect(text.terms).not.toContain("didn't");
  });
});

describe('analyseClaimText beyond English', () => {
  it('reads a percentage written with the percent word of the claim’s language', () => {
    for (const text of [
      'ارتفعت البطالة إلى 15 في المئة',
      'البطالة ١٥٪',
      'Безработица выросла до 15 процентов',
      'El paro subió al 15 por ciento',
      'O desemprego subiu para 15 por cento',
      'बेरोज़गारी 15 प्रतिशत तक बढ़ गई',
      'बेरोज़गारी 15 फ़ीसदी तक बढ़ी',
      '失业率上升到百分之十五',
      '失業率が十五パーセントまで上昇した',
      'อัตราการว่างงานเพิ่มขึ้นเป็นร้อยละ 15',
      'อัตราการว่างงาน 15 เปอร์เซ็นต์',
    ])
      expect(analyseClaimText(text).numbers, text).toEqual(['15%']);
  });

  it('reads Chinese numerals, so twenty per cent is not fifteen', () => {
    expect(analyseClaimText('失业率上升到百分之二十').numbers).toEqual(['20%']);
    expect(analyseClaimText('新增了一万五千个工作岗位').numbers).toEqual(['15000']);
    expect(terms('百分之二十')).not.toEqual(expect.arrayContaining(terms('百分之十五')));
  });

  it('keeps the vowel signs of Devanagari and Thai, which are letters, and drops accents', () => {
    expect(terms('दिल्ली')).not.toEqual(terms('दलल'));
    expect(analyseClaimText('दिल्ली में बेरोज़गारी').surfaces.get(terms('दिल्ली')[0]!)).toBe('दिल्ली');
    expect(terms('Zürich')).toEqual(terms('Zurich'));
  });

  it('shows the words a Thai or Chinese character pair came from, as written', () => {
    const surfaces = [...analyseClaimText('อัตราการว่างงานในกรุงเทพ').surfaces.values()];
    expect(surfaces).toContain('กรุงเทพ');
    expect(surfaces.every((s) => 'อัตราการว่างงานในกรุงเทพ'.includes(s))).toBe(true);
  });

  it('takes a month or a weekday after "in" or "on" as a time, not a place', () => {
    expect(analyseClaimText('Prices in Ohio rose in January and on Monday').places).toEqual(['ohio']);
  });
});
