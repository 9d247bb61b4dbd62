import { readDocxPart } from './read-docx-part';

// Word marks the proofing language of runs (w:val for Latin text, w:eastAsia, w:bidi) and of
// the document's default style.
const RUN_LANG = /<w:lang\b[^>]*?\bw:val="([^"]{2,35})"/gu;
const DEFAULT_LANG = /<w:docDefaults>[\s\S]*?<w:lang\b[^>]*?\bw:val="([^"]{2,35})"/u;

/**
 * The language a Word document's text is marked with, as written ("es-ES"): the language most of
 * its runs carry in `word/document.xml`, else the default of `word/styles.xml`. Word writes the
 * writer's proofing language, which is often the interface's ("en-US") whatever the text, so the
 * caller checks it against the text. Undefined when the document marks none or the bytes are not
 * a readable zip; run after checkDocxZip, which bounds what the parts unpack to.
 */
export async function readDocxLang(bytes: Uint8Array): Promise<string | undefined> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const document = await readDocxPart(zip, 'word/document.xml');
  const counts = new Map<string, number>();
  for (const [, lang] of document?.matchAll(RUN_LANG) ?? []) counts.set(lang!, (counts.get(lang!) ?? 0) + 1);
  const most = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (most !== undefined) return most;
  const styles = await readDocxPart(zip, 'word/styles.xml');
  return styles === undefined ? undefined : DEFAULT_LANG.exec(styles)?.[1];
}
