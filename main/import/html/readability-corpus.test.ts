import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, htmlToArticleParts } from './index';
import { countKeptWords, shownTextOf, visibleTextOf, wordsOf } from './test-support/count-kept-words';
import { hasCorpusFile, READABILITY_CORPUS, readCorpusFile, type CorpusPage } from './test-support/readability-corpus';

// The importer's HTML route as the import worker runs it (routes/run-route.ts): bytes decoded as
// a browser would, then Readability, the whitelist walk and the cleaning rules.
function importPage(page: CorpusPage) {
  const file = page.input === 'saved page' ? 'source' : 'expected';
  const fileName = `${page.name}.html`;
  return htmlToArticleParts(decodeHtmlBytes(readCorpusFile(page, file), fileName), { fileName });
}

function readabilityWords(page: CorpusPage): string[] {
  return wordsOf(visibleTextOf(new TextDecoder().decode(readCorpusFile(page, 'expected'))));
}

describe('words kept from real saved pages, against Readability’s own extraction', () => {
  it('lists every page of the corpus folder, with the file its input names', () => {
    const folders = readdirSync(new URL('./test-support/readability-corpus/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(READABILITY_CORPUS.map((page) => page.name).sort()).toEqual(folders.sort());
    for (const page of READABILITY_CORPUS) {
      expect(hasCorpusFile(page, 'expected'), page.name).toBe(true);
      expect(hasCorpusFile(page, 'source'), page.name).toBe(page.input === 'saved page');
    }
  });

  it.each(READABILITY_CORPUS.map((page) => [`${page.name} (${page.lang}, ${page.input})`, page] as const))(
    'keeps at least 95% of the article words of %s, furniture aside',
    (_label, page) => {
      const parts = htmlToArticlePartsOrFail(page);
      const droppedTexts = parts.dropped.map((line) => line.text);
      for (const furniture of page.furniture) {
        expect(
          droppedTexts.some((text) => text.includes(furniture.text)),
          `named furniture "${furniture.text}" is dropped`,
        ).toBe(true);
      }
      // Every dropped block holding named furniture is excused, however often the page repeats it.
      const excused = droppedTexts
        .filter((text) => page.furniture.some((furniture) => text.includes(furniture.text)))
        .flatMap((text) => wordsOf(text));
      const result = countKeptWords(readabilityWords(page), wordsOf(shownTextOf(parts)), excused);
      expect(result.total).toBeGreaterThan(100);
      expect(result.kept / result.total, `missing: ${result.missing.join(' ')}`).toBeGreaterThanOrEqual(0.95);
    },
  );
});

function htmlToArticlePartsOrFail(page: CorpusPage) {
  const parts = importPage(page);
  expect(parts.notes, 'read as a page, not whole').toEqual([]);
  return parts;
}
