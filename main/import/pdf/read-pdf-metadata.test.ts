import { describe, expect, it } from 'vitest';
import { readPdfMetadata } from './read-pdf-metadata';

describe('readPdfMetadata', () => {
  it('reads title, author and creation date', () => {
    expect(
      readPdfMetadata({
        Title: ' Flood  gates failed ',
        Author: 'Tomasz Ellery',
        CreationDate: "D:20260304091500+01'00'",
        Producer: 'Skia/PDF',
      }),
    ).toEqual({
      title: 'Flood gates failed',
      byline: 'Tomasz Ellery',
      published: '2026-03-04T09:15:00+01:00',
    });
  });

  it('reads the catalog language pdf.js reports', () => {
    expect(readPdfMetadata({ Title: 'Presupuesto', Language: ' es-MX ' })).toEqual({ title: 'Presupuesto', lang: 'es-MX' });
  });

  it('leaves out titles that tools generate, blank values, dates it cannot read and values that are not text', () => {
    for (const Title of ['Untitled', 'about:blank', 'Microsoft Word - flood report.docx', 'scan0001.pdf', 'Document1', '   ']) {
      expect(readPdfMetadata({ Title })).toEqual({});
    }
    expect(readPdfMetadata({ Author: '', CreationDate: 'last week' })).toEqual({});
    expect(readPdfMetadata({ Title: 42, Author: { name: 'x' } })).toEqual({});
    expect(readPdfMetadata(null)).toEqual({});
  });
});
