import { describe, expect, it } from 'vitest';
import { ROOF_SURVEY_DOCX } from './docx/fixtures/lowmere-gazette-roof-survey';
import { buildDocx } from './docx/test-support/build-docx';
import { detectFileKind } from './detect-file-kind';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('detectFileKind', () => {
  it('knows a Word document from any other zip by its word/document.xml, whatever the name', async () => {
    expect(detectFileKind(await buildDocx(ROOF_SURVEY_DOCX), 'download')).toBe('docx');
    expect(detectFileKind(Buffer.from('PK\u0003\u0004mimetypeapplication/epub+zip', 'latin1'), 'story.docx')).toBe('zip');
  });

  it('knows a web page by its start, after a saved-page comment, in UTF-16, or by name when it is markup', () => {
    expect(detectFileKind(bytes('<!DOCTYPE html><title>x</title>'), 'a.txt')).toBe('html');
    expect(detectFileKind(bytes('<!-- saved from url=(0042)https://news.example/ -->\n<html><body>x'), 'a')).toBe('html');
    expect(detectFileKind(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><p>x</p>', 'utf16le')]), 'page')).toBe('html');
    expect(detectFileKind(bytes('<p>A fragment of a page.</p>'), 'clip.htm')).toBe('html');
    expect(detectFileKind(bytes('<p>A fragment of a page.</p>'), 'clip.txt')).toBe('text');
  });

  it('takes .md files as Markdown, and text that is clearly Markdown under any name', () => {
    expect(detectFileKind(bytes('Just a line of prose.'), 'notes.md')).toBe('markdown');
    expect(detectFileKind(bytes('---\ntitle: Roof survey\n---\n\nText.'), 'story.txt')).toBe('markdown');
    expect(detectFileKind(bytes('# Roof survey\n\nSee [the answer](https://x.example/a).'), 'story')).toBe('markdown');
    expect(detectFileKind(bytes('# Roof survey\n\nText.\n\n## What the council said\n\nMore.'), 'story')).toBe('markdown');
  });

  it('leaves prose as plain text, even with a hash sign or brackets in it', () => {
    expect(detectFileKind(bytes('Council votes on #budget tonight\n\nThe vote [delayed twice] is at 7pm.'), 'story.txt')).toBe('text');
    expect(detectFileKind(bytes('# 1 priority, the mayor said.\n\nNothing else.'), 'story.txt')).toBe('text');
  });

  it('names PDFs and images', () => {
    expect(detectFileKind(bytes('%PDF-1.7\n'), 'a.txt')).toBe('pdf');
    expect(detectFileKind(Buffer.from('\u0089PNG\r\n\u001a\n', 'latin1'), 'a.txt')).toBe('image');
  });
});
