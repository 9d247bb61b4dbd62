import { describe, expect, it } from 'vitest';
import { createSimilarIndex } from './similar-index';

function bestMatch(earlier: readonly string[], query: string) {
  const index = createSimilarIndex();
  earlier.forEach((text, n) => index.upsert({ key: `k${n}`, kind: 'factcheck', text }));
  return index.search({ text: query }, { threshold: 0 })[0];
}

describe('scoreMatch across languages', () => {
  it('matches a percentage written with a sign to one written with the language’s percent word', () => {
    for (const [earlier, query] of [
      ['ارتفعت البطالة في مصر إلى 15% العام الماضي.', 'البطالة في مصر ارتفعت إلى 15 في المئة في العام الماضي.'],
      ['Безработица в России выросла до 15% в прошлом году.', 'В прошлом году безработица в России выросла до 15 процентов.'],
    ]) {
      const match = bestMatch([earlier!], query!);
      expect(match!.score).toBeGreaterThan(0.6);
      expect(match!.reasons.join('; ')).not.toMatch(/different numbers/u);
    }
  });

  it('tells twenty per cent from fifteen in Chinese numerals', () => {
    const match = bestMatch(['去年北京的失业率上升到百分之十五。'], '去年北京的失业率上升到百分之二十。');
    expect(match!.score).toBeLessThan(0.45);
    expect(match!.reasons).toContain('different numbers: 20% vs 15%');
  });

  it('matches a reordered Hindi rewording with another form of the verb', () => {
    const match = bestMatch(['दिल्ली में बेरोज़गारी पिछले साल 15 प्रतिशत तक बढ़ गई।'], 'पिछले साल दिल्ली में बेरोज़गारी बढ़कर 15% हो गई।');
    expect(match!.score).toBeGreaterThan(0.6);
    expect(match!.reasons.join('; ')).not.toMatch(/one part differs/u);
  });

  it('names shared Thai words whole, as written, never as stripped character pairs', () => {
    const match = bestMatch(['อัตราการว่างงานในกรุงเทพเพิ่มขึ้นเป็น 15 เปอร์เซ็นต์ เมื่อปีที่แล้ว'], 'เมื่อปีที่แล้ว อัตราการว่างงานในกรุงเทพเพิ่มขึ้นเป็น 15%');
    const words = match!.reasons
      .find((r) => r.startsWith('shared rare words: '))!
      .slice('shared rare words: '.length)
      .split(', ');
    for (const word of words) expect('อัตราการว่างงานในกรุงเทพเพิ่มขึ้นเป็น 15 เปอร์เซ็นต์ เมื่อปีที่แล้ว').toContain(word);
    expect(words.some((w) => [...w].length >= 3)).toBe(true);
  });

  it('never gives a month as the same place', () => {
    const match = bestMatch(['Unemployment in Ohio rose to 15% in January.'], 'In January unemployment in Ohio rose to 15%.');
    expect(match!.reasons).toContain('same place: Ohio');
    expect(match!.reasons.join('; ')).not.toMatch(/same place: [^;]*January/u);
  });
});

describe('scoreMatch with the opposite claim in the library', () => {
  it('ranks the claim that takes the same stance first', () => {
    const match = bestMatch(
      ['The senator voted against the veterans health bill.', 'The senator wrote the veterans health bill.'],
      'The senator opposed the health bill for veterans.',
    );
    expect(match!.entry.text).toBe('The senator voted against the veterans health bill.');
  });

  it('ranks access over lack of it apart', () => {
    const match = bestMatch(
      [
        'Four million people in the country have no access to clean water.',
        'Four million people in the country have access to clean water.',
      ],
      '4 million people in the country lack access to clean water.',
    );
    expect(match!.entry.text).toBe('Four million people in the country have no access to clean water.');
  });
});
