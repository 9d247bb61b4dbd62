// The zero of each decimal digit run the suggester's English model may meet in a news text
// (Arabic-Indic, Extended Arabic-Indic, N'Ko, the Indic scripts, Thai, Lao, Tibetan, Myanmar,
// Khmer, Mongolian, full-width). Unicode keeps each run's digits 0–9 in order.
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0,
  0x1810, 0xff10,
];
const DIGIT = new RegExp(
  `[${DIGIT_ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('')}\\u066a-\\u066c]`,
  'gu',
);
// Arabic percent sign, decimal separator and thousands separator.
const ARABIC_SIGNS: Record<string, string> = { '\u066a': '%', '\u066b': '.', '\u066c': ',' };

/**
 * `text` with every decimal digit of another script written as an ASCII digit ("٢٠٢٤" → "2024",
 * "१५" → "15"), and the Arabic percent, decimal and thousands signs as "%", "." and ",". Every
 * character replaced is one UTF-16 unit and becomes one, so offsets into the result are offsets
 * into `text`.
 */
export function toAsciiDigits(text: string): string {
  return text.replace(DIGIT, (c) => {
    const sign = ARABIC_SIGNS[c];
    if (sign) return sign;
    const code = c.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}
