/*
 * Functions that run inside the app page, kept as source text: the e2e zone compiles without
 * DOM types, and `page.evaluate` calls a string that evaluates to a function with its argument.
 * The article readers skip highlight badges (letters that are not article text).
 */

/** Source text that calls `fn` (one of the scripts below) with `arg`, for `page.evaluate`. */
export function callSource(fn: string, arg: unknown): string {
  return `(${fn})(${JSON.stringify(arg)})`;
}

/** `({ name, mimeType, base64 }) => DataTransfer` holding one file, for simulated drops. */
export const MAKE_DATA_TRANSFER = `({ name, mimeType, base64 }) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name, { type: mimeType }));
  return transfer;
}`;

/** `({ html, text }) => void`: a paste into the paste dialog carrying HTML and plain text, as a browser's copy of a web page does. */
export const PASTE_CLIPBOARD = `({ html, text }) => {
  const field = document.querySelector('[data-testid="paste-text"]');
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}`;

const TEXT_WALK = `
  const article = document.querySelector('[data-testid="article"]');
  if (!article) throw new Error('no article is open');
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement.closest('.hl-badge') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n, at: all.length });
    all += n.data;
  }
  const locate = (offset) => {
    let i = nodes.length - 1;
    while (i > 0 && nodes[i].at > offset) i--;
    return { node: nodes[i].node, offset: offset - nodes[i].at };
  };
`;

/**
 * `({ text, where, occurrence }) => { x, y }`: a viewport point on the first (or nth) occurrence
 * of `text` in the article, scrolled into view only when off screen. `where` picks the left edge
 * of its first character, its middle, or the right edge of its last character.
 */
export const TEXT_POINT = `({ text, where, occurrence }) => {
  ${TEXT_WALK}
  let index = -1;
  for (let k = 0; k <= (occurrence || 0); k++) {
    index = all.indexOf(text, index + 1);
    if (index < 0) throw new Error('text not in the article: ' + text);
  }
  const target = where === 'start' ? index : where === 'end' ? index + text.length - 1 : index + Math.floor(text.length / 2);
  const at = locate(target);
  const range = document.createRange();
  range.setStart(at.node, at.offset);
  range.setEnd(at.node, at.offset + 1);
  let box = range.getClientRects()[0] || range.getBoundingClientRect();
  if (box.top < 80 || box.bottom > innerHeight - 20) {
    at.node.parentElement.scrollIntoView({ block: 'center' });
    box = range.getClientRects()[0] || range.getBoundingClientRect();
  }
  // Edges, not centres, for start and end: a character's left half means the position before it.
  const x = where === 'start' ? box.left + 1 : where === 'end' ? box.right - 1 : box.left + box.width / 2;
  return { x, y: box.top + box.height / 2 };
}`;

/**
 * `(className) => string[]`: the article text under elements of `className`, one entry per
 * contiguous run; a run crossing blocks has a blank line between them, as in the plain text.
 */
export const TEXT_RUNS = `(className) => {
  ${TEXT_WALK}
  const runs = [];
  let current = null;
  let block = null;
  for (const { node } of nodes) {
    const inside = node.parentElement.closest('.' + className) !== null;
    const nodeBlock = node.parentElement.closest('section > *');
    // A run crossing blocks reads as the plain text does: blocks joined by a blank line.
    if (inside) current = current === null ? node.data : current + (nodeBlock === block ? '' : '\\n\\n') + node.data;
    else if (current !== null) { runs.push(current); current = null; }
    block = nodeBlock;
  }
  if (current !== null) runs.push(current);
  return runs;
}`;
