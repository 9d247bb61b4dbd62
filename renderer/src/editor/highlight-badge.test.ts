import { describe, expect, it } from 'vitest';
import { buildDoc } from './build-doc';
import { badgePosition } from './highlight-badge';

/** Where the badge of a highlight starting at `word` in `text` goes, shown as `[B]` in the text. */
function badgeIn(text: string, word: string): string {
  const doc = buildDoc([{ type: 'paragraph', text }]);
  // Section and paragraph open before the text: offset 0 is position 2.
  const at = badgePosition(doc, 2 + text.indexOf(word)) - 2;
  return `${text.slice(0, at)}[B]${text.slice(at)}`;
}

describe('badgePosition', () => {
  it('puts the badge before an opening quote mark, not between it and the first word', () => {
    expect(badgeIn('He said: “We will build it.”', 'We')).toBe('He said: [B]“We will build it.”');
    expect(badgeIn('Il a dit : « Nous construirons. »', 'Nous')).toBe('Il a dit : [B]« Nous construirons. »');
  });

  it('steps back over nested openers and straight quotes that open', () => {
    expect(badgeIn('Then ("We will," he said).', 'We')).toBe('Then [B]("We will," he said).');
    expect(badgeIn('"We will," he said.', 'We')).toBe('[B]"We will," he said.');
  });

  it('leaves the badge where a straight quote closes a word or nothing opens', () => {
    expect(badgeIn("the builders' plan", 'plan')).toBe("the builders' [B]plan");
    expect(badgeIn("the builders'plan", 'plan')).toBe("the builders'[B]plan");
    expect(badgeIn('Prices rose. We will act.', 'We')).toBe('Prices rose. [B]We will act.');
  });
});
