import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** A block the import drops on purpose though Readability kept it, and why it is not article prose. */
export interface Furniture {
  /** A piece of the dropped block's text, as the import shows it (enough to find the block). */
  text: string;
  reason: string;
}

/**
 * One page of Mozilla Readability's own test corpus (`test/test-pages/<name>/`), copied byte for
 * byte, or one of the pages written for Factmark in news-site markup (see the folder's README).
 */
export interface CorpusPage {
  name: string;
  /** The article's language, BCP 47. */
  lang: string;
  /**
   * 'saved page': the page as saved from the web (`source.html`) is here and is imported;
   * 'extraction': only Readability's extraction (`expected.html`) is here, and it is imported as
   * the page (Readability then finds the same article in it), which still measures cleaning.
   */
  input: 'saved page' | 'extraction';
  furniture: readonly Furniture[];
}

/**
 * The pages measured, with the furniture each is allowed to lose. See readability-corpus/README.md
 * for where they come from and why some have only Readability's extraction.
 */
export const READABILITY_CORPUS: readonly CorpusPage[] = [
  { name: '001', lang: 'en', input: 'saved page', furniture: [] },
  { name: 'aktualne', lang: 'cs', input: 'extraction', furniture: [] },
  { name: 'al-waha-news', lang: 'ar', input: 'saved page', furniture: [] },
  { name: 'ars-1', lang: 'en', input: 'extraction', furniture: [] },
  { name: 'bbc-1', lang: 'en', input: 'extraction', furniture: [] },
  {
    name: 'breitbart',
    lang: 'en',
    input: 'extraction',
    furniture: [{ text: 'SIGN UP FOR OUR NEWSLETTER', reason: 'a newsletter sign-up box, shown twice (desktop and mobile)' }],
  },
  {
    name: 'cnn',
    lang: 'en',
    input: 'extraction',
    furniture: [{ text: 'Related:', reason: "two 'Related:' links to other stories inside the text" }],
  },
  { name: 'folha', lang: 'pt', input: 'extraction', furniture: [] },
  { name: 'france24-1', lang: 'en', input: 'extraction', furniture: [] },
  { name: 'galil-news', lang: 'he', input: 'saved page', furniture: [] },
  {
    name: 'gmw',
    lang: 'zh',
    input: 'saved page',
    furniture: [{ text: '[责任编辑:肖春芳]', reason: "the editor-in-charge credit that closes Chinese news pages ('responsible editor')" }],
  },
  { name: 'grossenhainer-anzeiger', lang: 'de', input: 'saved page', furniture: [] },
  { name: 'heise', lang: 'de', input: 'extraction', furniture: [] },
  { name: 'herald-sun-1', lang: 'en', input: 'extraction', furniture: [] },
  {
    name: 'hukumusume',
    lang: 'ja',
    input: 'saved page',
    furniture: [
      { text: '366日への旅', reason: "a sidebar link to the site's almanac, repeated in its site list" },
      { text: '福娘童話集', reason: "the site's name, repeated in its site list" },
    ],
  },
  { name: 'jornal-vila-nova', lang: 'pt', input: 'saved page', furniture: [] },
  { name: 'la-nacion', lang: 'es', input: 'saved page', furniture: [] },
  {
    name: 'lemonde-1',
    lang: 'fr',
    input: 'saved page',
    furniture: [{ text: 'Lire aussi', reason: "a 'Read also' link to another article" }],
  },
  { name: 'liberation-1', lang: 'fr', input: 'extraction', furniture: [] },
  { name: 'msn', lang: 'en', input: 'extraction', furniture: [] },
  { name: 'nandpur-samachar', lang: 'hi', input: 'saved page', furniture: [] },
  { name: 'pixnet', lang: 'zh-TW', input: 'extraction', furniture: [] },
  {
    name: 'qq',
    lang: 'zh',
    input: 'extraction',
    furniture: [
      { text: '转播到腾讯微博', reason: "a 'share to Tencent Weibo' button under each picture" },
      { text: '[责任编辑：alonliu]', reason: "the editor-in-charge credit that closes Chinese news pages ('responsible editor')" },
    ],
  },
  { name: 'telegraph', lang: 'en', input: 'extraction', furniture: [] },
  {
    name: 'tmz-1',
    lang: 'en',
    input: 'extraction',
    furniture: [{ text: 'EXCLUSIVE', reason: "the site's 'EXCLUSIVE' label above the story" }],
  },
  { name: 'tumblr', lang: 'en', input: 'extraction', furniture: [] },
  {
    name: 'wapo-1',
    lang: 'en',
    input: 'extraction',
    furniture: [{ text: 'Read more:', reason: "the 'Read more:' label over the list of other stories" }],
  },
  { name: 'webmd-1', lang: 'en', input: 'extraction', furniture: [] },
  { name: 'yahoo-4', lang: 'ja', input: 'saved page', furniture: [] },
  { name: 'youth', lang: 'zh', input: 'extraction', furniture: [] },
  { name: 'zarechye-vesti', lang: 'ru', input: 'saved page', furniture: [] },
];

const CORPUS_FOLDER = new URL('./readability-corpus/', import.meta.url);

/** The bytes of one of a page's files, as Readability's repository holds them (gunzipped). */
export function readCorpusFile(page: CorpusPage, file: 'source' | 'expected'): Uint8Array {
  return gunzipSync(readFileSync(new URL(`${page.name}/${file}.html.gz`, CORPUS_FOLDER)));
}

/** Whether the page's file is in the corpus (for checking the table against the folder). */
export function hasCorpusFile(page: CorpusPage, file: 'source' | 'expected'): boolean {
  return existsSync(new URL(`${page.name}/${file}.html.gz`, CORPUS_FOLDER));
}
