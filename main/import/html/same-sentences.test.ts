import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPlainText } from '../../../shared/clean';
import { segmentText } from '../../../shared/segment';
import { toPlainText } from '../../../shared/text/plain-text';
import { docxToArticleParts } from '../docx/docx-to-article-parts';
import { ROOF_SURVEY_DOCX } from '../docx/fixtures/lowmere-gazette-roof-survey';
import { buildDocx } from '../docx/test-support/build-docx';
import { markdownToArticleParts } from '../markdown/markdown-to-article-parts';
import { htmlToArticleParts } from './html-to-article-parts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

// The yardstick: the same sentences once typographic quotes and whitespace are normalised.
function sentencesOf(blocks: ReadonlyArray<{ text: string }>): string[] {
  const text = toPlainText(blocks);
  return segmentText(text).map((sentence) =>
    text
      .slice(sentence.start, sentence.end)
      .replace(/[“”„‟″«»]/gu, '"')
      .replace(/[‘’‚‛′]/gu, "'")
      .replace(/\s+/gu, ' ')
      .trim(),
  );
}

describe('the same article through every route', async () => {
  const plain = sentencesOf(cleanPlainText(read('./fixtures/lowmere-gazette-roof-survey.txt')).blocks);
  const routes = {
    'a saved web page': htmlToArticleParts(read('./fixtures/lowmere-gazette-roof-survey.html'), { fileName: 'eastgate.html' }).blocks,
    'a Markdown file': markdownToArticleParts(read('../markdown/fixtures/lowmere-gazette-roof-survey.md'), { fileName: 'eastgate.md' })
      .blocks,
    'a Word document': (await docxToArticleParts(await buildDocx(ROOF_SURVEY_DOCX), { fileName: 'eastgate.docx' })).blocks,
  };

  it('has the plain-text sentences to compare with', () => {
    expect(plain.length).toBeGreaterThan(20);
    expect(plain[0]).toBe('Lowmere council admits roof survey at Eastgate school was never carried out');
  });

  it.each(Object.entries(routes))('yields the plain-text route’s sentences from %s', (_route, blocks) => {
    expect(sentencesOf(blocks)).toEqual(plain);
  });
});
