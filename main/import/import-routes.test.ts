import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../shared/segment';
import type { Article } from '../../shared/model/article';
import { toPlainText } from '../../shared/text/plain-text';
import { ROOF_SURVEY_DOCX } from './docx/fixtures/lowmere-gazette-roof-survey';
import { buildDocx } from './docx/test-support/build-docx';
import { importFile } from './import-article';
import { FLOOD_GATE_ARTICLE } from './pdf/fixtures/flood-gate-article';

const now = new Date('2026-11-27T10:00:00Z');
const fixture = (...path: string[]) => readFile(join(import.meta.dirname, ...path));
const TITLE = 'Lowmere council admits roof survey at Eastgate school was never carried out';

// The yardstick: the same sentences once typographic quotes and whitespace are normalised.
function sentencesOf(text: string): string[] {
  return segmentText(text).map((s) =>
    text
      .slice(s.start, s.end)
      .replace(/[“”„‟″«»]/gu, '"')
      .replace(/[‘’‚‛′]/gu, "'")
      .replace(/\s+/gu, ' ')
      .trim(),
  );
}

describe('importFile: one article through every route', async () => {
  const sources = {
    'plain text': { fileName: 'roof-survey.txt', bytes: await fixture('html', 'fixtures', 'lowmere-gazette-roof-survey.txt') },
    'a saved web page': { fileName: 'roof-survey.html', bytes: await fixture('html', 'fixtures', 'lowmere-gazette-roof-survey.html') },
    Markdown: { fileName: 'roof-survey.md', bytes: await fixture('markdown', 'fixtures', 'lowmere-gazette-roof-survey.md') },
    'a Word document': { fileName: 'roof-survey.docx', bytes: await buildDocx(ROOF_SURVEY_DOCX) },
  };
  const articles: Record<string, Article> = {};
  for (const [route, source] of Object.entries(sources)) articles[route] = await importFile(source, route, now);
  const plain = sentencesOf(toPlainText(articles['plain text']!.blocks));

  it.each(Object.keys(sources))('yields the plain-text route’s sentences from %s', (route) => {
    expect(plain.length).toBeGreaterThan(20);
    expect(sentencesOf(toPlainText(articles[route]!.blocks))).toEqual(plain);
  });

  it.each(Object.keys(sources))('reads the title, byline and date from %s', (route) => {
    const { metadata } = articles[route]!;
    expect(metadata.title).toBe(TITLE);
    expect(metadata.byline).toBe('Priya Castell');
    expect(metadata.published?.slice(0, 10)).toBe('2025-02-11');
  });

  it('reads the site and canonical URL from the web page and the Markdown front matter', () => {
    for (const route of ['a saved web page', 'Markdown']) {
      expect(articles[route]!.metadata).toMatchObject({
        site: 'The Lowmere Gazette',
        url: 'https://lowmere-gazette.example/news/2025/02/11/eastgate-roof-survey',
      });
    }
  });

  it('records each route’s media type', () => {
    expect(Object.values(articles).map((article) => article.source.mediaType)).toEqual([
      'text/plain',
      'text/html',
      'text/markdown',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
  });

  it('yields the source article’s sentences from a PDF, with its metadata', async () => {
    const article = await importFile(
      { fileName: 'flood.pdf', bytes: await fixture('pdf', 'fixtures', 'flood-gate-article.pdf') },
      'pdf',
      now,
    );
    expect(sentencesOf(toPlainText(article.blocks))).toEqual(sentencesOf(toPlainText(FLOOD_GATE_ARTICLE.blocks)));
    expect(article.metadata).toMatchObject({
      title: FLOOD_GATE_ARTICLE.title,
      byline: FLOOD_GATE_ARTICLE.author,
      published: FLOOD_GATE_ARTICLE.creationDate.iso,
    });
  });
});
