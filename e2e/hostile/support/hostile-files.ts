import { hostileDocxPayloads, hostilePayloads, hostilePdfPayloads, type HostileShows } from '../../../main/import/hostile';
import type { HostStory } from '../../../main/import/hostile/wrap-in-article';

/** Which import route a hostile file goes through. */
export type HostileRoute = 'html' | 'markdown' | 'docx' | 'pdf';

/** One payload of the corpus as the analyst would receive it: a file with a name and bytes. */
export interface HostileFile {
  id: string;
  route: HostileRoute;
  category: string;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  marker: string;
  shows: HostileShows;
  story: HostStory;
  /** The text of a web page or Markdown file, for the control page and the paste route. */
  source?: string;
}

const FILE_TYPES: Record<HostileRoute, [extension: string, mimeType: string]> = {
  html: ['html', 'text/html'],
  markdown: ['md', 'text/markdown'],
  docx: ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  pdf: ['pdf', 'application/pdf'],
};

function fileOf(route: HostileRoute, marker: string): { fileName: string; mimeType: string } {
  const [extension, mimeType] = FILE_TYPES[route];
  return { fileName: `${marker}.${extension}`, mimeType };
}

/**
 * Every payload of the hostile corpus (main/import/hostile) as a file: web pages and Markdown
 * articles, Word documents and PDFs, in that order, named after their markers.
 */
export async function hostileFiles(): Promise<HostileFile[]> {
  const text = hostilePayloads().map((payload) => ({
    ...payload,
    ...fileOf(payload.route, payload.marker),
    bytes: Buffer.from(payload.source, 'utf8'),
  }));
  const binary = [...(await hostileDocxPayloads()), ...hostilePdfPayloads()].map((payload) => ({
    ...payload,
    ...fileOf(payload.route, payload.marker),
    bytes: Buffer.from(payload.bytes),
  }));
  return [...text, ...binary];
}

/** Splits `items` into runs of at most `size`, in order. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
