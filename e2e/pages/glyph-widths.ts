/*
 * In-page measuring of how a word is drawn, kept as source text like in-page-scripts.ts. Arabic
 * letters take a different form (and width) when joined to a neighbour than when standing alone,
 * so the advance of each letter tells whether the word is still joined.
 */

/**
 * `({ context, word }) => number[]`: the drawn width of each character of `word`, found inside
 * the unique `context` in the article's text (badges and markers are not text and are skipped).
 */
export const LETTER_WIDTHS = `({ context, word }) => {
  const article = document.querySelector('[data-testid="article"]');
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement.closest('.hl-badge, .link-marker') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n, at: all.length });
    all += n.data;
  }
  const at = all.indexOf(context);
  if (at < 0 || all.indexOf(context, at + 1) >= 0) throw new Error('context not found once: ' + context);
  const start = at + context.indexOf(word);
  const locate = (offset) => {
    let i = nodes.length - 1;
    while (i > 0 && nodes[i].at > offset) i--;
    return { node: nodes[i].node, offset: offset - nodes[i].at };
  };
  const widths = [];
  for (let k = 0; k < word.length; k++) {
    const from = locate(start + k);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(from.node, from.offset + 1);
    widths.push(range.getBoundingClientRect().width);
  }
  return widths;
}`;

/**
 * `({ word, split, style }) => { whole, split }`: the width of `word` drawn once in the font of
 * the article's first paragraph, outside the article, and drawn again with its letters from
 * `split` on inside a span styled `style` — a control showing what a span that breaks joining
 * does to the width.
 */
export const SPLIT_WORD_WIDTHS = `({ word, split, style }) => {
  const paragraph = document.querySelector('[data-testid="article"] p');
  const font = getComputedStyle(paragraph).font;
  const measure = (build) => {
    const probe = document.createElement('span');
    probe.setAttribute('dir', 'rtl');
    probe.style.font = font;
    probe.style.whiteSpace = 'pre';
    build(probe);
    document.body.appendChild(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  };
  const whole = measure((p) => { p.textContent = word; });
  const parted = measure((p) => {
    p.append(word.slice(0, split));
    const inner = document.createElement('span');
    inner.setAttribute('style', style);
    inner.textContent = word.slice(split);
    p.append(inner);
  });
  return { whole, split: parted };
}`;
