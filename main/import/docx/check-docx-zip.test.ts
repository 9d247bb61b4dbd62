import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeZipBombDocx } from '../test-support/write-resource-bombs';
import { checkDocxZip } from './check-docx-zip';

describe('checkDocxZip', () => {
  it('passes a real Word document, and a large one that states its sizes truthfully', async () => {
    const fixture = await readFile(join(import.meta.dirname, '..', '..', '..', 'e2e', 'fixtures', 'import', 'roof-survey.docx'));
    await expect(checkDocxZip(fixture, 'roof-survey.docx')).resolves.toBeUndefined();
    await expect(checkDocxZip(writeZipBombDocx('true', 8), 'long.docx')).resolves.toBeUndefined();
  });

  it('refuses a part that inflates past the size the zip states, before unpacking the rest of it', async () => {
    await expect(checkDocxZip(writeZipBombDocx('understated', 8), 'lying.docx')).rejects.toThrow(
      '"lying.docx" is damaged or not a complete Word document: its part word/document.xml unpacks to more than the 10 KB the file states.',
    );
  });

  it('refuses a zip of more parts than a Word document has', async () => {
    const zip = new JSZip();
    for (let i = 0; i <= 10_000; i += 1) zip.file(`part-${i}.xml`, '');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(checkDocxZip(bytes, 'parts.docx')).rejects.toThrow(
      '"parts.docx" is too large to read: it has 10,001 parts, and a Word document may have at most 10,000.',
    );
  });

  it('leaves bytes that are not a zip for mammoth to refuse', async () => {
    await expect(checkDocxZip(new TextEncoder().encode('not a zip at all'), 'plain.docx')).resolves.toBeUndefined();
  });
});
