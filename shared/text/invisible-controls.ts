/**
 * The characters that change how text is shown without showing themselves: bidirectional
 * controls (which can make `exe.txt` read as `txt.exe`, or reorder a quote) and zero-width
 * characters (which hide inside words and URLs). Each has a short name for its visible mark.
 */
export const INVISIBLE_CONTROL_NAMES: ReadonlyMap<string, string> = new Map([
  ['\u202a', 'LRE'],
  ['\u202b', 'RLE'],
  ['\u202c', 'PDF'],
  ['\u202d', 'LRO'],
  ['\u202e', 'RLO'],
  ['\u2066', 'LRI'],
  ['\u2067', 'RLI'],
  ['\u2068', 'FSI'],
  ['\u2069', 'PDI'],
  ['\u200e', 'LRM'],
  ['\u200f', 'RLM'],
  ['\u061c', 'ALM'],
  ['\u200b', 'ZWSP'],
  ['\u200c', 'ZWNJ'],
  ['\u200d', 'ZWJ'],
  ['\u2060', 'WJ'],
  ['\ufeff', 'ZWNBSP'],
]);

const CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]/u;
const CONTROLS = new RegExp(CONTROL.source, 'gu');
// ZWJ and ZWNJ do a real job between letters of scripts that join (Arabic, Persian, the Indic
// scripts) and inside emoji sequences; there they are left alone. Between Latin letters, digits or
// punctuation they only hide things.
const JOINING_NEIGHBOUR =
  /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\p{M}]|^(?!\p{Script=Latin})(?!\p{Script=Common})\p{L}/u;

/** One invisible control in a text: its offset (UTF-16) and its name. */
export interface InvisibleControl {
  offset: number;
  name: string;
}

/**
 * The invisible controls in `text`, in order, leaving out joiners (ZWJ, ZWNJ) that sit between
 * two letters of a joining script or inside an emoji sequence, where they are doing their job.
 */
export function findInvisibleControls(text: string): InvisibleControl[] {
  const found: InvisibleControl[] = [];
  for (const match of text.matchAll(CONTROLS)) {
    const offset = match.index;
    if (isJoinerAtWork(text, offset)) continue;
    found.push({ offset, name: INVISIBLE_CONTROL_NAMES.get(match[0])! });
  }
  return found;
}

/**
 * `text` with every invisible control (see findInvisibleControls) replaced by a visible mark
 * such as `⟨RLO⟩`, for showing or exporting text a reader must not be fooled by. The stored text
 * keeps the original characters; this is for display and reports only (offsets change).
 */
export function showInvisibleControls(text: string): string {
  if (!CONTROL.test(text)) return text;
  let shown = '';
  let from = 0;
  for (const { offset, name } of findInvisibleControls(text)) {
    shown += `${text.slice(from, offset)}⟨${name}⟩`;
    from = offset + 1;
  }
  return shown + text.slice(from);
}

function isJoinerAtWork(text: string, offset: number): boolean {
  const char = text[offset];
  if (char !== '\u200d' && char !== '\u200c') return false;
  const before = [...text.slice(Math.max(0, offset - 2), offset)].at(-1) ?? '';
  const after = [...text.slice(offset + 1, offset + 3)][0] ?? '';
  return JOINING_NEIGHBOUR.test(before) && JOINING_NEIGHBOUR.test(after);
}
