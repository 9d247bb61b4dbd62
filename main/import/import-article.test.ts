import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../shared/text/plain-text';
import { SAMPLE_ARTICLE, SAMPLE_ARTICLE_FILE_NAME } from '../sample/sample-article';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importFile, importPlainText, recleanArticle } from './import-article';

const now = new Date('2026-11-27T10:00:00Z');
const bytesOf = (s: string) => Buffer.from(s, 'utf8');

describe('importPlainText', () => {
  const article = importPlainText({ fileName: `/home/a/${SAMPLE_ARTICLE_FILE_NAME}`, bytes: bytesOf(SAMPLE_ARTICLE) }, 'doc-1', now);
  const text = toPlainText(article.blocks);

  it('cleans the shipped sample: title and byline to metadata, furniture gone', () => {
    expect(article.metadata.title).toBe('Port authority says fuel reserves were full before Calder Bay blackout; records tell another story');
    expect(article.metadata.byline).toContain('Mira Okafor');
    for (const furniture of ['Advertisement', 'STORY CONTINUES', 'Share this article', 'Follow us on', '©', 'Most Read', 'Ferry timetable']) {
      expect(text).not.toContain(furniture);
    }
    expect(text).toContain('The Calder Bay Port Authority insisted on Thursday');
    expect(article.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
      'What the records show',
      'Regional grid operator disputes account',
    ]);
  });

  it('keeps a record of the source bytes and of every dropped line', () => {
    expect(article.source).toMatchObject({ fileName: SAMPLE_ARTICLE_FILE_NAME, mediaType: 'text/plain', byteLength: bytesOf(SAMPLE_ARTICLE).length });
    expect(article.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(article.cleaning.dropped.map((d) => d.text)).toContain('STORY CONTINUES BELOW THIS AD');
  });

  it('restores a dropped line the analyst asks for, keeping the id and the source record', () => {
    const related = article.cleaning.dropped.find((d) => d.text.startsWith('Related:'));
    expect(related).toBeDefined();
    const restored = recleanArticle(article, bytesOf(SAMPLE_ARTICLE), [related!.line]);
    expect(restored.id).toBe('doc-1');
    expect(restored.source).toEqual(article.source);
    expect(toPlainText(restored.blocks)).toContain('Related: Storm damage along the northern coast');
    expect(restored.cleaning.restored).toEqual([related!.line]);
    expect(restored.cleaning.dropped.map((d) => d.line)).not.toContain(related!.line);
  });

  it('refuses empty, oversized and non-text files with a message naming the file', () => {
    expect(() => importPlainText({ fileName: 'empty.txt', bytes: new Uint8Array() }, 'x', now)).toThrow('"empty.txt" is empty.');
    expect(() => importPlainText({ fileName: 'big.txt', bytes: new Uint8Array(50 * 1024 * 1024 + 1).fill(65) }, 'x', now)).toThrow(
      /"big.txt" is too large \(50\.0 MB\)/,
    );
    expect(() => importPlainText({ fileName: 'report.txt', bytes: bytesOf('%PDF-1.7\n...') }, 'x', now)).toThrow('"report.txt" is a PDF document, not plain text.');
    expect(() => importPlainText({ fileName: 'blank.txt', bytes: bytesOf('  \n\n ') }, 'x', now)).toThrow('"blank.txt" contains no text.');
  });
});

describe('importFile', () => {
  const fixtures = join(import.meta.dirname, 'pdf', 'fixtures');

  it('imports a PDF by its content, whatever its name, with page numbers on its blocks', async () => {
    const bytes = await readFile(join(fixtures, 'flood-gate-article.pdf'));
    const article = await importFile({ fileName: 'download.bin', bytes }, 'pdf-1', now);
    expect(article.source.mediaType).toBe('application/pdf');
    expect(article.blocks.length).toBeGreaterThan(5);
    expect(article.blocks.every((b) => b.page !== undefined)).toBe(true);
    expect(article.cleaning.dropped.some((d) => d.rule === 'page-number' && d.page !== undefined)).toBe(true);
  });

  it('refuses to restore dropped text of a PDF, saying why', async () => {
    const bytes = await readFile(join(fixtures, 'flood-gate-article.pdf'));
    const article = await importFile({ fileName: 'flood.pdf', bytes }, 'pdf-1', now);
    expect(() => recleanArticle(article, bytes, [0])).toThrow('Restoring dropped text is available for plain-text articles only; "flood.pdf" is not one.');
  });

  it('says a scanned PDF has no text rather than importing an empty article', async () => {
    const bytes = await readFile(join(fixtures, 'scanned.pdf'));
    await expect(importFile({ fileName: 'scan.pdf', bytes }, 'pdf-2', now)).rejects.toThrow(/"?scan\.pdf"? has no text layer/);
  });

  it('names the kinds it cannot import yet', async () => {
    await expect(importFile({ fileName: 'page.html', bytes: bytesOf('<!doctype html><p>Hi') }, 'x', now)).rejects.toThrow(
      '"page.html" is a web page (HTML); Factmark imports plain text and PDF articles so far.',
    );
  });
});
