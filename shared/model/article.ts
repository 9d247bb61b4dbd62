import { z } from 'zod';

/** Version of the stored article document. */
export const ARTICLE_SCHEMA_VERSION = 1;

/** Kinds of block an article is made of. Only paragraphs, headings and captions come from plain text. */
export const BLOCK_TYPES = ['title', 'heading', 'paragraph', 'caption', 'blockquote', 'list-item'] as const;
export const blockTypeSchema = z.enum(BLOCK_TYPES);
export type BlockType = z.infer<typeof blockTypeSchema>;

/** A link over part of a block's text, [start, end) relative to the block. Only safe schemes survive import. */
export const linkSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  href: z.string().regex(/^(https?:|mailto:)/i, 'only http, https and mailto links are kept'),
});
export type Link = z.infer<typeof linkSchema>;

/** One block of article text. `text` never contains a line break. */
export const blockSchema = z.strictObject({
  type: blockTypeSchema,
  text: z.string().regex(/^[^\n]*$/, 'a block holds one line of text'),
  links: z.array(linkSchema).optional(),
  /** Source line range [first, last], 0-based, for plain-text imports. */
  lines: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
  /** Page number for PDF imports, so reports can cite pages. */
  page: z.number().int().positive().optional(),
});
export type Block = z.infer<typeof blockSchema>;

/** Bibliographic data taken from the article. */
export const articleMetadataSchema = z.strictObject({
  title: z.string(),
  byline: z.string().optional(),
  published: z.string().optional(),
  publishedText: z.string().optional(),
  site: z.string().optional(),
  url: z.string().optional(),
});
export type ArticleMetadata = z.infer<typeof articleMetadataSchema>;

/** A source line the cleaner left out, with the rule that did it, so the analyst can restore it. */
export const droppedLineSchema = z.strictObject({
  /** The source line (plain text), or the item's index among those dropped (other kinds). */
  line: z.number().int().nonnegative(),
  /** The page it was on, for PDF imports. */
  page: z.number().int().positive().optional(),
  text: z.string(),
  rule: z.string(),
  reason: z.string(),
});
export type DroppedLine = z.infer<typeof droppedLineSchema>;

/** The imported bytes, kept beside the store under their hash. */
export const articleSourceSchema = z.strictObject({
  fileName: z.string(),
  mediaType: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  byteLength: z.number().int().nonnegative(),
  importedAt: z.iso.datetime({ offset: true }),
});
export type ArticleSource = z.infer<typeof articleSourceSchema>;

/**
 * Where an image stood in the article, shown as a placeholder with its alt text. It adds no
 * characters: `block` indexes `blocks` (it equals the block count after the last block) and
 * `offset` is a character offset in that block's text, so sentences and offsets never change.
 */
export const imagePlaceholderSchema = z.strictObject({
  block: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  alt: z.string().max(2000),
});
export type ImagePlaceholder = z.infer<typeof imagePlaceholderSchema>;

/** An imported article: metadata, the cleaned blocks the analyst reads, and what cleaning dropped. */
export const articleSchema = z.strictObject({
  schemaVersion: z.literal(ARTICLE_SCHEMA_VERSION),
  id: z.string().min(1),
  metadata: articleMetadataSchema,
  blocks: z.array(blockSchema),
  source: articleSourceSchema,
  cleaning: z.strictObject({
    dropped: z.array(droppedLineSchema),
    restored: z.array(z.number().int().nonnegative()),
  }),
  /** Image placeholders, for routes that read images (HTML, Markdown, Word). */
  images: z.array(imagePlaceholderSchema).optional(),
  /** What the import could not bring in (embedded HTML in a Word file, a page read whole), for the analyst. */
  importNotes: z.array(z.string().max(2000)).optional(),
  /**
   * The article's language as a BCP 47 tag with the ISO 639-1 code where one exists ("es",
   * "pt-BR", "zh-Hant"): declared by the document or detected from its text. Absent in articles
   * stored before languages were recorded, and when the text is too short to tell.
   */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'a BCP 47 language tag')
    .max(64)
    .optional(),
});
export type Article = z.infer<typeof articleSchema>;

/** What the library lists for each article without loading it. */
export const articleSummarySchema = z.strictObject({
  id: z.string().min(1),
  title: z.string(),
  byline: z.string().optional(),
  published: z.string().optional(),
  fileName: z.string(),
  importedAt: z.iso.datetime({ offset: true }),
  characters: z.number().int().nonnegative(),
  /** The article's canonical URL, to recognise a later import of it as a new version. */
  url: z.string().optional(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
