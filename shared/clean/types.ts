/** The kinds of block a cleaned article is made of. */
export type BlockType = 'title' | 'heading' | 'paragraph' | 'caption';

/**
 * One block of the cleaned article. `text` is the block's source lines joined with single spaces,
 * whitespace runs collapsed, never containing "\n". `lines` is the 0-based, inclusive range of
 * source lines it was made from; every line in that range that is not blank belongs to it.
 */
export interface CleanBlock {
  type: BlockType;
  text: string;
  lines: [first: number, last: number];
}

/**
 * A non-blank source line that is in no block: `text` is the line exactly as in the source,
 * `rule` a stable id ('advertisement', 'duplicate-title', 'after-article-end', 'metadata', …) and
 * `reason` a short human explanation. Passing `line` back in `CleanOptions.restore` keeps it.
 */
export interface DroppedLine {
  line: number;
  text: string;
  rule: string;
  reason: string;
}

/**
 * What the cleaner learned about the article. `title` is always present ('' for text with no
 * words). `published` is ISO 8601: a date ("2023-05-12"), or a date and time, with an offset only
 * when the text names the zone. `publishedText` is the date as written in the source.
 */
export interface ArticleMetadata {
  title: string;
  byline?: string;
  published?: string;
  publishedText?: string;
  site?: string;
}

/** The cleaned article: metadata, blocks in source order, and every dropped line in source order. */
export interface CleanResult {
  metadata: ArticleMetadata;
  blocks: CleanBlock[];
  dropped: DroppedLine[];
}

/**
 * `restore` lists source line numbers the analyst chose to keep. Each one that the cleaner would
 * drop is kept as (or inside) a paragraph block in source order instead; numbers of lines that
 * are blank, out of range or already in a block change nothing.
 */
export interface CleanOptions {
  restore?: readonly number[];
}
