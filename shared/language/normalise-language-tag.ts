// A two- or three-letter language, then subtags of up to 8 letters or digits: the tags in use (BCP 47
// reserves longer primary subtags, so "english" is refused). Checked
// before Intl sees it, so odd input gives undefined rather than a RangeError.
const TAG_SHAPE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u;

// "Undetermined", "no linguistic content", "multiple" and "uncoded" name no language to segment by.
const NO_LANGUAGE = new Set(['und', 'zxx', 'mul', 'mis']);

/**
 * Turns a language code as documents and tools write it (`es_ES`, `EN-gb`, `spa`, `cmn`, `iw`,
 * `zh-Hant-TW`) into its canonical BCP 47 tag, with the two-letter ISO 639-1 code where one
 * exists (`es-ES`, `en-GB`, `es`, `zh`, `he`, `zh-Hant-TW`). The aliases come from Unicode CLDR
 * through `Intl.getCanonicalLocales`, so three-letter and retired codes map as CLDR maintains them.
 * Returns undefined for text that is not a language tag, and for `und`, `zxx`, `mul` and `mis`.
 */
export function normaliseLanguageTag(raw: string): string | undefined {
  const candidate = raw.trim().replace(/_/gu, '-');
  if (!TAG_SHAPE.test(candidate)) return undefined;
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(candidate)[0];
  } catch {
    return undefined;
  }
  if (canonical === undefined) return undefined;
  return NO_LANGUAGE.has(canonical.split('-')[0] ?? '') ? undefined : canonical;
}
