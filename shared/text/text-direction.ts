/** A block's base direction. */
export type TextDirection = 'ltr' | 'rtl';

// Letters of the right-to-left scripts (Unicode bidi classes R and AL), and the right-to-left
// marks (RLM, ALM). Every other letter, and LRM, is strong left-to-right; digits, punctuation,
// spaces and symbols are weak or neutral and decide nothing.
const STRONG = /[\p{L}\u200e\u200f\u061c]/u;
const RIGHT_TO_LEFT =
  /[\u200f\u061c\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}\p{Script=Old_South_Arabian}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Yezidi}]/u;

/**
 * The direction of `text` as the Unicode bidi algorithm's rules P2–P3 give it, and as HTML's
 * `dir="auto"` does: its first strong character decides — a letter of a right-to-left script
 * (Arabic, Hebrew, Syriac, Thaana, N'Ko…) or RLM/ALM gives 'rtl', any other letter or LRM
 * 'ltr'. Null when the text has no strong character (only digits, punctuation or spaces), so
 * the caller keeps the direction around it.
 *
 * Computed from the text instead of left to `dir="auto"`, because a highlight's lettered badge
 * ("C", "E") or a link marker inside a block would otherwise count as its first strong letter.
 */
export function textDirection(text: string): TextDirection | null {
  const first = STRONG.exec(text);
  if (!first) return null;
  return RIGHT_TO_LEFT.test(first[0]) ? 'rtl' : 'ltr';
}
