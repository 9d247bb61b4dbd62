import type { LineRule } from './line-rule';

const PLACEHOLDER =
  /^\[?(?:image|photo|picture|video|gallery|graphic|enlarge(?: this)? image|expand(?: image)?|open image in gallery|view (?:gallery|image|slideshow)|image \d+ of \d+|\d+ ?\/ ?\d+|play video|watch video|video player|loading video)\]?$/iu;

/** Where a picture or video stood: "Image", "Enlarge this image", "Image 2 of 5", "1/5", "Play video". */
export const imagePlaceholder: LineRule = {
  rule: 'image-placeholder',
  reason: 'Placeholder where a picture or video stood',
  matches: (text) => PLACEHOLDER.test(text),
};
