import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocxLang } from './read-docx-lang';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function run(text: string, lang?: string): string {
  return `<w:r>${lang === undefined ? '' : `<w:rPr><w:lang w:val="${lang}" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>`}<w:t>${text}</w:t></w:r>`;
}

async function docx(runs: string[], defaultLang?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body><w:p>${runs.join('')}</w:p></w:body></w:document>`,
  );
  const defaults =
    defaultLang === undefined
      ? ''
      : `<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="${defaultLang}" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault></w:docDefaults>`;
  zip.file('word/styles.xml', `<?xml version="1.0"?><w:styles xmlns:w="${W}">${defaults}</w:styles>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('readDocxLang', () => {
  it('reads the language most runs are marked with', async () => {
    expect(await readDocxLang(await docx([run('Hola.', 'es-ES'), run('Adiós.', 'es-ES'), run('OK', 'en-US')], 'en-US'))).toBe('es-ES');
  });

  it('falls back to the default language of the document’s styles', async () => {
    expect(await readDocxLang(await docx([run('Olá.')], 'pt-BR'))).toBe('pt-BR');
  });

  it('says nothing for a document that marks no language, or bytes that are not a zip', async () => {
    expect(await readDocxLang(await docx([run('Text.')]))).toBeUndefined();
    expect(await readDocxLang(new TextEncoder().encode('not a zip at all'))).toBeUndefined();
  });
});
