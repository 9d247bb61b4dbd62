import { z } from 'zod';
import { slugify } from '../text/slugify';

/** The formats `factmark export` and File › Export… write. */
export const EXPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'w3c', 'claimreview'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

interface FormatFacts {
  /** What the export dialog calls it. */
  label: string;
  extension: string;
  mediaType: string;
}

const FACTS: Record<ExportFormat, FormatFacts> = {
  html: { label: 'HTML report', extension: 'html', mediaType: 'text/html' },
  pdf: { label: 'PDF report', extension: 'pdf', mediaType: 'application/pdf' },
  md: { label: 'Markdown report', extension: 'md', mediaType: 'text/markdown' },
  csv: { label: 'CSV table (one row per annotation)', extension: 'csv', mediaType: 'text/csv' },
  w3c: { label: 'W3C Web Annotations (JSON-LD)', extension: 'jsonld', mediaType: 'application/ld+json' },
  claimreview: { label: 'ClaimReview (schema.org JSON-LD)', extension: 'claimreview.json', mediaType: 'application/ld+json' },
};

/** Label, file extension and media type of a format. */
export function formatFacts(format: ExportFormat): FormatFacts {
  return FACTS[format];
}

/**
 * A file name for an export of the article titled `title`: the title's words (letters and digits
 * only, at most 60 characters) plus the format's extension; "article" when the title has none.
 */
export function suggestFileName(title: string, format: ExportFormat): string {
  return `${slugify(title, 60, 'article')}.${FACTS[format].extension}`;
}
