import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../shared/text/plain-text';
import { SAMPLE_ARTICLE, SAMPLE_ARTICLE_FILE_NAME } from '../sample/sample-article';
import { ROOF_SURVEY_DOCX } from './docx/fixtures/lowmere-gazette-roof-survey';
import { buildDocx } from './docx/test-support/build-docx';
import { importFile, importPastedHtml, importPlainText, recleanArticle } from './import-article';

const now = new Date('2026-11-27T10:00:00Z');
const bytesOf = (s: string) => Buffer.from(s, 'utf8');
const fixture = (...path: string[]) => readFile(join(import.meta.dirname, ...path));
const pdfFixture = (name: string) => fixture('pdf', 'fixtures', name);

describe('importPlainText', () => {
  const article = importPlainText({ fileName: `/home/a/${SAMPLE_ARTICLE_FILE_NAME}`, bytes: bytesOf(SAMPLE_ARTICLE) }, 'doc-1', now);
  const text = toPlainText(article.blocks);

  it('cleans the shipped sample: title and byline to metadata, furniture gone', () => {
    expect(article.metadata.title).toBe(
      'Port authority says fuel reserves were full before Calder Bay blackout; records tell another story',
    );
    expect(article.metadata.byline).toContain('Mira Okafor');
    for (const furniture of [
      'Advertisement',
      'STORY CONTINUES',
      'Share this article',
      'Follow us on',
      '©',
      'Most Read',
      'Ferry timetable',
    ]) {
      expect(text).not.toContain(furniture);
    }
    expect(text).toContain('The Calder Bay Port Authority insisted on Thursday');
    expect(article.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
      'What the records show',
      'Regional grid operator disputes account',
    ]);
  });

  it('keeps a record of the source bytes and of every dropped line', () => {
    expect(article.source).toMatchObject({
      fileName: SAMPLE_ARTICLE_FILE_NAME,
      mediaType: 'text/plain',
      byteLength: bytesOf(SAMPLE_ARTICLE).length,
    });
    expect(article.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(article.cleaning.dropped.map((d) => d.text)).toContain('STORY CONTINUES BELOW THIS AD');
  });

  it('restores a dropped line the analyst asks for, keeping the id and the source record', async () => {
    const related = article.cleaning.dropped.find((d) => d.text.startsWith('Related:'));
    expect(related).toBeDefined();
    const restored = await recleanArticle(article, bytesOf(SAMPLE_ARTICLE), [related!.line]);
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
    expect(() => importPlainText({ fileName: 'report.txt', bytes: bytesOf('%PDF-1.7\n...') }, 'x', now)).toThrow(
      '"report.txt" is a PDF document, not plain text.',
    );
    expect(() => importPlainText({ fileName: 'blank.txt', bytes: bytesOf('  \n\n ') }, 'x', now)).toThrow('"blank.txt" contains no text.');
  });
});

describe('importFile', () => {
  it('imports a saved web page by its content, whatever its name, with metadata and image placeholders', async () => {
    const bytes = await fixture('html', 'fixtures', 'lowmere-gazette-roof-survey.html');
    const article = await importFile({ fileName: 'download', bytes }, 'html-1', now);
    expect(article.source.mediaType).toBe('text/html');
    expect(article.metadata).toMatchObject({
      title: 'Lowmere council admits roof survey at Eastgate school was never carried out',
      byline: 'Priya Castell',
      published: '2025-02-11T08:30:00Z',
      site: 'The Lowmere Gazette',
      url: 'https://lowmere-gazette.example/news/2025/02/11/eastgate-roof-survey',
    });
    expect(toPlainText(article.blocks)).not.toContain('Advertisement');
    expect(article.images?.map((image) => image.alt)).toContain('A collapsed section of classroom ceiling with debris on the desks');
  });

  it('imports Markdown named .md, and text that is clearly Markdown under any name', async () => {
    const bytes = await fixture('markdown', 'fixtures', 'lowmere-gazette-roof-survey.md');
    for (const fileName of ['story.md', 'story.txt']) {
      const article = await importFile({ fileName, bytes }, 'md-1', now);
      expect(article.source.mediaType).toBe('text/markdown');
      expect(article.metadata.title).toBe('Lowmere council admits roof survey at Eastgate school was never carried out');
      expect(toPlainText(article.blocks)).not.toMatch(/^#/mu);
    }
  });

  it('imports a Word document and says what it could not import', async () => {
    const bytes = await buildDocx(ROOF_SURVEY_DOCX, { altChunkHtml: '<p>Embedded</p>' });
    const article = await importFile({ fileName: 'story.docx', bytes }, 'docx-1', now);
    expect(article.source.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(article.metadata.title).toBe('Lowmere council admits roof survey at Eastgate school was never carried out');
    expect(article.importNotes).toEqual(['The document contains embedded HTML (altChunk), which was not imported.']);
  });

  it('imports a PDF by its content, whatever its name, with page numbers on its blocks', async () => {
    const bytes = await pdfFixture('flood-gate-article.pdf');
    const article = await importFile({ fileName: 'download.bin', bytes }, 'pdf-1', now);
    expect(article.source.mediaType).toBe('application/pdf');
    expect(article.blocks.length).toBeGreaterThan(5);
    expect(article.blocks.every((b) => b.page !== undefined)).toBe(true);
    expect(article.cleaning.dropped.some((d) => d.rule === 'page-number' && d.page !== undefined)).toBe(true);
  });

  it('reports progress page by page for a PDF', async () => {
    const seen: string[] = [];
    await importFile({ fileName: 'flood.pdf', bytes: await pdfFixture('flood-gate-article.pdf') }, 'pdf-1', now, {
      onProgress: (progress) => seen.push(progress.stage),
    });
    expect(seen[0]).toBe('Opening the PDF');
    expect(seen.at(-1)).toMatch(/^Reading page (\d+) of \1$/u);
  });

  it('reads UTF-16 and Windows-1252 text', async () => {
    const line = 'The council’s “survey” never happened, a spokesperson confirmed on Tuesday.';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line, 'utf16le')]);
    const cp1252 = Buffer.from(line.replace(/’/gu, '\u0092').replace(/“/gu, '\u0093').replace(/”/gu, '\u0094'), 'latin1');
    for (const bytes of [utf16, cp1252]) {
      expect(toPlainText((await importFile({ fileName: 'a.txt', bytes }, 'x', now)).blocks)).toBe(line);
    }
  });

  it.each([
    [
      'a binary file named .txt',
      'notes.txt',
      Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x00, 0x7f]),
      '"notes.txt" is not a text file: it contains binary data.',
    ],
    ['an empty file', 'empty.html', Buffer.alloc(0), '"empty.html" is empty.'],
    [
      'a zip that is not a Word document',
      'files.docx',
      Buffer.from('PK\u0003\u0004rest-of-zip', 'latin1'),
      /"files\.docx" is a zip archive but not a Word document/u,
    ],
    ['an image', 'photo.txt', Buffer.from('\u0089PNG\r\n', 'latin1'), /"photo\.txt" is an image; Factmark imports text, so run OCR/u],
  ])('refuses %s with a message naming the file', async (_case, fileName, bytes, message) => {
    await expect(importFile({ fileName, bytes }, 'x', now)).rejects.toThrow(message);
  });

  it('refuses a file over 50 MB before reading it, naming the file and the limit', async () => {
    const page = Buffer.alloc(50 * 1024 * 1024 + 1, 'a');
    page.write('<!doctype html><p>');
    await expect(importFile({ fileName: 'archive.html', bytes: page }, 'x', now)).rejects.toThrow(
      '"archive.html" is too large (50.0 MB); the limit is 50 MB.',
    );
  });

  it('refuses a truncated Word document, a truncated PDF and a scanned PDF, naming the file', async () => {
    const docx = await buildDocx(ROOF_SURVEY_DOCX);
    await expect(importFile({ fileName: 'cut.docx', bytes: docx.subarray(0, Math.floor(docx.length / 2)) }, 'x', now)).rejects.toThrow(
      /"cut\.docx" is not a readable Word document/u,
    );
    await expect(importFile({ fileName: 'cut.pdf', bytes: await pdfFixture('truncated.pdf') }, 'x', now)).rejects.toThrow(
      /"cut\.pdf" is damaged or not a complete PDF/u,
    );
    await expect(importFile({ fileName: 'scan.pdf', bytes: await pdfFixture('scanned.pdf') }, 'x', now)).rejects.toThrow(
      /"scan\.pdf" has no text layer/u,
    );
  });

  it('stops at once when cancelled, rejecting with the reason', async () => {
    const controller = new AbortController();
    const bytes = await fixture('html', 'fixtures', 'lowmere-gazette-roof-survey.html');
    const importing = importFile({ fileName: 'page.html', bytes }, 'x', now, { signal: controller.signal });
    controller.abort(new Error('cancelled by the analyst'));
    await expect(importing).rejects.toThrow('cancelled by the analyst');
    // The next import gets a fresh worker and succeeds.
    expect((await importFile({ fileName: 'page.html', bytes }, 'y', now)).blocks.length).toBeGreaterThan(5);
  });
});

describe('recleanArticle', () => {
  it('restores a block the web-page route dropped', async () => {
    const bytes = await fixture('html', 'fixtures', 'lowmere-gazette-roof-survey.html');
    const article = await importFile({ fileName: 'page.html', bytes }, 'html-1', now);
    const dropped = article.cleaning.dropped[0]!;
    const restored = await recleanArticle(article, bytes, [dropped.line]);
    expect(toPlainText(restored.blocks)).toContain(dropped.text);
    expect(restored.cleaning.restored).toEqual([dropped.line]);
    expect(restored.cleaning.dropped.map((d) => d.line)).not.toContain(dropped.line);
    expect(restored.source).toEqual(article.source);
  });

  it('puts a PDF page number back when the analyst restores it', async () => {
    const bytes = await pdfFixture('flood-gate-article.pdf');
    const article = await importFile({ fileName: 'flood.pdf', bytes }, 'pdf-1', now);
    const folio = article.cleaning.dropped.find((d) => d.rule === 'page-number')!;
    const restored = await recleanArticle(article, bytes, [folio.line]);
    expect(restored.blocks.some((b) => b.text.includes(folio.text) && b.page === folio.page)).toBe(true);
    expect(restored.cleaning.dropped.map((d) => d.line)).toEqual(
      article.cleaning.dropped.map((d) => d.line).filter((line) => line !== folio.line),
    );
  });
});

describe('importPastedHtml', () => {
  it('reads pasted HTML as UTF-8 whatever charset it declares, and takes the title given', async () => {
    const html = `<meta charset="windows-1252"><h1>Ferry “delays”</h1><p>The ferry operator said on Monday that “most” sailings ran on time.</p><p><img src="https://x.example/a.png" alt="The harbour at dusk"></p><p>Passenger groups disputed the figures in a statement.</p>`;
    const article = await importPastedHtml(html, 'Ferry story', 'p-1', now);
    expect(article.metadata.title).toBe('Ferry story');
    expect(article.source).toMatchObject({ fileName: 'Pasted web page.html', mediaType: 'text/html; charset=utf-8' });
    expect(toPlainText(article.blocks)).toContain('The ferry operator said on Monday that “most” sailings ran on time.');
    expect(article.images?.map((image) => image.alt)).toEqual(['The harbour at dusk']);
  });
});
