// Characters written as \uXXXX escapes: `<`, `>` and `&`, so a ClaimReview or W3C export pasted
// into a `<script type="application/ld+json">` element cannot close it (`</script>`) or open a
// comment; U+2028 and U+2029, which end a line in older JavaScript; and the bidirectional and
// zero-width controls, so they show in the file as escapes instead of reordering or hiding text.
const ESCAPED = /[<>&\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]/gu;

/**
 * The JSON text of an export (ClaimReview, W3C Web Annotations): indented by two spaces, ending
 * with a newline, with the characters above escaped. Parsing it gives back exactly `value`: the
 * escapes only change how the file reads, never what it says.
 */
export function toExportJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(ESCAPED, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${json}\n`;
}
