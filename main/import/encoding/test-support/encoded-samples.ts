import { readFileSync } from 'node:fs';

/** A news text written for these tests, and a legacy encoding it was saved in. */
export interface EncodedSample {
  /** The UTF-8 original in `prose/`. */
  prose: string;
  /** The WHATWG name of the encoding its bytes are in (generate-encoded-samples.sh wrote them). */
  encoding: string;
  /** What a decoder reading them right reports: a GB18030 decoder reads GBK, too. */
  decodedAs: string;
  /** The text's language, ISO 639-1. */
  lang: string;
}

/** Every sample, in each encoding the tests read it in (about 1–3 KB of prose each). */
export const ENCODED_SAMPLES: readonly EncodedSample[] = [
  { prose: 'zh-hans', encoding: 'gbk', decodedAs: 'gb18030', lang: 'zh' },
  { prose: 'zh-hans-gb18030', encoding: 'gb18030', decodedAs: 'gb18030', lang: 'zh' },
  { prose: 'zh-hant', encoding: 'big5', decodedAs: 'big5', lang: 'zh' },
  { prose: 'ja', encoding: 'shift_jis', decodedAs: 'shift_jis', lang: 'ja' },
  { prose: 'ja', encoding: 'euc-jp', decodedAs: 'euc-jp', lang: 'ja' },
  { prose: 'ko', encoding: 'euc-kr', decodedAs: 'euc-kr', lang: 'ko' },
  { prose: 'ru', encoding: 'koi8-r', decodedAs: 'koi8-r', lang: 'ru' },
  { prose: 'ru', encoding: 'windows-1251', decodedAs: 'windows-1251', lang: 'ru' },
  { prose: 'el', encoding: 'iso-8859-7', decodedAs: 'iso-8859-7', lang: 'el' },
  { prose: 'ar', encoding: 'windows-1256', decodedAs: 'windows-1256', lang: 'ar' },
  { prose: 'fr', encoding: 'windows-1252', decodedAs: 'windows-1252', lang: 'fr' },
  { prose: 'de', encoding: 'windows-1252', decodedAs: 'windows-1252', lang: 'de' },
];

/** The sample's original text, as written. */
export function readProse(sample: EncodedSample): string {
  return readFileSync(new URL(`./prose/${sample.prose}.txt`, import.meta.url), 'utf8');
}

/** The sample's bytes as a plain text file ('txt') or as a web page declaring no charset ('html'). */
export function readEncoded(sample: EncodedSample, kind: 'txt' | 'html'): Uint8Array {
  return readFileSync(new URL(`./encoded/${sample.prose}.${sample.encoding}.${kind}`, import.meta.url));
}
