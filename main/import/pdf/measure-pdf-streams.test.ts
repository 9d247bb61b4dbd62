import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeFlateBombPdf } from '../test-support/write-resource-bombs';
import { measurePdfStreams } from './measure-pdf-streams';

const MB = 1024 * 1024;

function pdfWithStream(dictionary: string, data: Buffer): Uint8Array {
  return Buffer.concat([
    Buffer.from(`%PDF-1.7\n4 0 obj\n<< ${dictionary} /Length ${data.length} >>\nstream\n`),
    data,
    Buffer.from('\nendstream\nendobj\n%%EOF\n'),
  ]);
}

describe('measurePdfStreams', () => {
  it('counts what page content unpacks to, and stops once it passes the limit', async () => {
    const pdf = writeFlateBombPdf(4);
    const measured = await measurePdfStreams(pdf, 8 * MB);
    expect(measured.over).toBe(false);
    expect(measured.bytes).toBeGreaterThanOrEqual(4 * MB);
    expect(await measurePdfStreams(pdf, 1 * MB)).toEqual({ bytes: expect.any(Number) as number, over: true });
  });

  it('follows a chain of FlateDecode filters to the final size', async () => {
    const content = Buffer.alloc(3 * MB, 'q Q ');
    const pdf = pdfWithStream('/Filter [/FlateDecode /FlateDecode]', deflateSync(deflateSync(content)));
    expect(await measurePdfStreams(pdf, 8 * MB)).toEqual({ bytes: 3 * MB, over: false });
  });

  it('leaves images out: text extraction never decodes them', async () => {
    const pdf = pdfWithStream(
      '/Type /XObject /Subtype /Image /Width 2048 /Height 2048 /Filter /FlateDecode',
      deflateSync(Buffer.alloc(4 * MB)),
    );
    expect(await measurePdfStreams(pdf, 1 * MB)).toEqual({ bytes: 0, over: false });
  });
});
