import { describe, it, expect } from 'vitest';
import { segmentBlock } from './segment-block';
import { SEGMENTATION_CASES } from './test-support/segmentation-cases';

function sentencesOf(text: string): string[] {
  return segmentBlock(text).map((span) => text.slice(span.start, span.end));
}

describe('segmentBlock', () => {
  it.each(SEGMENTATION_CASES)('splits $name', ({ text, sentences }) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it('keeps a photo credit closing a caption inside its last sentence', () => {
    expect(sentencesOf('Firefighters spray water on the burning ferry in Port Elsin on 9 June, 2024. Reuters File')).toEqual([
      'Firefighters spray water on the burning ferry in Port Elsin on 9 June, 2024. Reuters File',
    ]);
    expect(sentencesOf('Sandbags line the river. Residents wait. AP Photo/Lena Marsh')).toEqual([
      'Sandbags line the river.',
      'Residents wait. AP Photo/Lena Marsh',
    ]);
    expect(sentencesOf('Traffic queues at the toll plaza. Photo: Getty Images')).toEqual([
      'Traffic queues at the toll plaza. Photo: Getty Images',
    ]);
    expect(sentencesOf('The council met on Monday. Reuters reported the vote.')).toEqual([
      'The council met on Monday.',
      'Reuters reported the vote.',
    ]);
  });

  it('shifts offsets by the block offset', () => {
    const text = 'It rained. Roads flooded.';
    expect(segmentBlock(text, 100)).toEqual([
      { start: 100, end: 110 },
      { start: 111, end: 125 },
    ]);
  });

  it('finds no sentence in an empty or blank block', () => {
    expect(segmentBlock('')).toEqual([]);
    expect(segmentBlock(' \t\u00a0 ')).toEqual([]);
  });

  it('keeps a line break inside a block as plain whitespace', () => {
    expect(sentencesOf('Line one goes on\nto line two. Next.')).toEqual(['Line one goes on\nto line two.', 'Next.']);
  });

  it('ends a sentence at a lone stop before a capital', () => {
    expect(sentencesOf('It is done . Next one.')).toEqual(['It is done .', 'Next one.']);
  });

  it('gives a segmentation that does not depend on earlier calls', () => {
    const text = 'First call. Second sentence.';
    const first = segmentBlock(text);
    segmentBlock('Something else entirely. With two sentences.');
    expect(segmentBlock(text)).toEqual(first);
  });
});
