const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F]/g;
// Every whitespace character except the plain space, which needs no folding.
const SPACES = /[\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/g;
const FOLDABLE =
  /[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/;

/**
 * Folds characters that editors and importers swap freely: typographic single
 * quotes and apostrophes become `'`, typographic double quotes become `"`, and
 * every whitespace character (newline, tab, no-break space…) becomes a space.
 *
 * Each replacement is one UTF-16 unit for one, so offsets in the folded string
 * are offsets in the original. Runs of whitespace are not collapsed, because
 * that would change lengths; fuzzy matching absorbs them instead.
 * Returns the input itself when nothing needs folding.
 */
export function fold(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(SPACES, ' ');
}
