import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/language';
import { decodeText } from '../decode-text';
import { decodeHtmlBytes } from '../html/decode-html-bytes';
import { decodeDetectedEncoding } from './decode-detected-encoding';
import { ENCODED_SAMPLES, readEncoded, readProse } from './test-support/encoded-samples';

const label = (sample: (typeof ENCODED_SAMPLES)[number]) => `${sample.prose} in ${sample.encoding}`;

describe('reading text in a legacy encoding that nothing declares', () => {
  it.each(ENCODED_SAMPLES.map((sample) => [label(sample), sample] as const))(
    'reads %s as written, in the language it is in',
    (_label, sample) => {
      const decoded = decodeText(readEncoded(sample, 'txt'), 'article.txt');
      expect(decoded).toEqual({ text: readProse(sample), encoding: sample.decodedAs });
      expect(detectLanguage(decoded.text)).toBe(sample.lang);
    },
  );

  it.each(ENCODED_SAMPLES.map((sample) => [label(sample), sample] as const))(
    'reads a web page in %s with no charset declared',
    (_label, sample) => {
      const html = decodeHtmlBytes(readEncoded(sample, 'html'), 'article.html');
      for (const line of readProse(sample).split('\n').filter(Boolean)) expect(html).toContain(line);
    },
  );
});

describe('decodeDetectedEncoding', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

  it('keeps a short English text with curly quotes and a dash in Windows-1252', () => {
    expect(decodeDetectedEncoding(bytes(0x93, ...ascii('No'), 0x94, 0x20, 0x96, ...ascii(' caf'), 0xe9))).toEqual({
      text: '“No” – café',
      encoding: 'windows-1252',
    });
  });

  it('reads Hebrew as Windows-1255, whose curly quotes ISO-8859-8 lacks', () => {
    const text = 'מועצת העיר אישרה ביום שלישי את התקציב לשנה הבאה. “לא נוותר על הכבישים”, אמרה ראש העיר.';
    // Hebrew letters sit at 0xE0–0xFA in both encodings; the quotes at 0x93 and 0x94 only in Windows-1255.
    const encoded = Uint8Array.from(text, (c) =>
      c === '“' ? 0x93 : c === '”' ? 0x94 : c >= 'א' ? c.charCodeAt(0) - 0x5d0 + 0xe0 : c.charCodeAt(0),
    );
    expect(decodeDetectedEncoding(encoded)).toEqual({ text, encoding: 'windows-1255' });
  });

  it('keeps the detected encoding for a long text with one damaged byte past the part it reads', () => {
    const sample = ENCODED_SAMPLES.find((candidate) => candidate.encoding === 'shift_jis')!;
    const prose = readEncoded(sample, 'txt');
    const copies = Math.ceil((20 * 1024) / prose.length);
    const damaged = Uint8Array.from([...Array.from({ length: copies }, () => [...prose]).flat(), 0xff, ...prose]);
    const decoded = decodeDetectedEncoding(damaged);
    expect(decoded?.encoding).toBe('shift_jis');
    expect(decoded?.text).toBe(`${readProse(sample).repeat(copies)}\uFFFD${readProse(sample)}`);
  });

  it('leaves plain ASCII to the caller', () => {
    expect(decodeDetectedEncoding(Uint8Array.from(ascii('Plain words only.')))).toBeUndefined();
  });
});
