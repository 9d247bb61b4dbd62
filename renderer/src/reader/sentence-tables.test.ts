import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model/article';
import { segmentBlock } from '../../../shared/segment';
import { toPlainText } from '../../../shared/text/plain-text';
import { SentenceIndex } from '../text/sentence-index';
import { sentenceRequest, sentenceTables } from './sentence-tables';

const blocks: Block[] = [
  { type: 'heading', text: 'Port says reserves were full' },
  { type: 'paragraph', text: 'Dr. Reyes spoke at 9 a.m. on Monday. The port denied it. "We had enough," it said.' },
  { type: 'paragraph', text: '   ' },
  { type: 'caption', text: 'Photo: J. Smith' },
  { type: 'paragraph', text: 'Records tell another story. At that rate, reserves lasted 3.5 days.' },
];

describe('sentenceTables', () => {
  it('finds the sentences the reader would segment itself, at the same places, after a trip through a worker message', () => {
    const text = toPlainText(blocks);
    const sent = structuredClone(sentenceRequest(blocks));
    const { starts, ends } = structuredClone(sentenceTables(sent));
    const fromWorker = SentenceIndex.fromTables(starts, ends);
    const here = SentenceIndex.fromBlocks(blocks, segmentBlock);
    const quotes = (index: SentenceIndex) =>
      Array.from({ length: index.count }, (_, i) => text.slice(index.sentence(i).start, index.sentence(i).end));
    expect(quotes(fromWorker)).toEqual(quotes(here));
    expect(quotes(fromWorker)).toContain('The port denied it.');
    expect(fromWorker.indexAt(text.indexOf('another story'))).toBe(here.indexAt(text.indexOf('another story')));
  });
});
