import { describe, expect, it } from 'vitest';
import { segmentBlock } from './segment-block';
import { SEGMENTATION_CASES_BY_LANGUAGE } from './test-support/segmentation-cases-by-language';

function sentencesOf(text: string): string[] {
  return segmentBlock(text).map((span) => text.slice(span.start, span.end));
}

describe('segmentBlock in other languages and scripts', () => {
  for (const [lang, cases] of Object.entries(SEGMENTATION_CASES_BY_LANGUAGE)) {
    describe(lang, () => {
      it.each(cases)('splits $name', ({ text, sentences }) => {
        expect(sentencesOf(text)).toEqual(sentences);
      });
    });
  }

  it('gives offsets that slice the exact sentences out of right-to-left and ideographic text', () => {
    const sentences = ['قال الوزير إن الأسعار ستنخفض؟', 'لم يقدم تفاصيل.', '市议会批准了预算。', '反对派投了反对票。'];
    const text = `${sentences[0]} ${sentences[1]} ${sentences[2]}${sentences[3]}`;
    const expected = sentences.map((sentence) => ({
      start: 10 + text.indexOf(sentence),
      end: 10 + text.indexOf(sentence) + sentence.length,
    }));
    expect(segmentBlock(text, 10)).toEqual(expected);
    expect(expected.map((span) => span.start)).toEqual([10, 40, 56, 65]);
  });

  it('counts a character outside the Basic Multilingual Plane as two offsets, as the text does', () => {
    const text = '𠮷野家が開店した。客が並んだ。';
    const spans = segmentBlock(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['𠮷野家が開店した。', '客が並んだ。']);
    expect(spans[0]).toEqual({ start: 0, end: 10 });
  });
});
