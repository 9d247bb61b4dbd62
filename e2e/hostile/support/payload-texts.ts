import { hostilePayloads } from '../../../main/import/test-support/hostile';

/** A payload as text an analyst could type or paste: the markup itself, not a file holding it. */
export interface PayloadText {
  id: string;
  marker: string;
  text: string;
}

/**
 * Every web-page and Markdown payload of the corpus as text (its fragment, before it was wrapped
 * in a story). A NUL byte is left out: a text field or a pasted text never carries one, and the
 * file route already shows that payload.
 */
export function payloadTexts(): PayloadText[] {
  return hostilePayloads()
    .filter((payload) => !payload.fragment.includes('\u0000'))
    .map((payload) => ({ id: payload.id, marker: payload.marker, text: payload.fragment }));
}

/**
 * `texts` in order, into runs that each fit `maxLength` characters when joined by a blank line
 * (a text longer than that on its own is cut to fit, so every field's limit holds). With
 * `singleLine`, for a one-line field (which cannot hold a line break), line breaks become
 * spaces and texts are joined by a space.
 */
export function packTexts(texts: readonly string[], maxLength: number, options: { singleLine?: boolean } = {}): string[] {
  const separator = options.singleLine === true ? ' ' : '\n\n';
  const runs: string[] = [];
  for (const whole of texts) {
    const text = (options.singleLine === true ? whole.replace(/[\r\n]+/gu, ' ') : whole).slice(0, maxLength);
    const last = runs.at(-1);
    if (last !== undefined && last.length + separator.length + text.length <= maxLength)
      runs[runs.length - 1] = `${last}${separator}${text}`;
    else runs.push(text);
  }
  return runs;
}
