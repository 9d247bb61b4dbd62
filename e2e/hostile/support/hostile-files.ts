import {
  bundlePayloads,
  hostileDocxPayloads,
  hostilePayloads,
  hostilePdfPayloads,
  type HostileShows,
} from '../../../main/import/test-support/hostile';
import type { HostStory } from '../../../main/import/test-support/hostile/wrap-in-article';

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
 * Every payload of the hostile corpus (main/import/test-support/hostile) as a file: web pages and Markdown
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

/** A file to import and the payloads it holds: several in a bundle (see bundlePayloads), else one. */
export interface HostileImport {
  id: string;
  route: HostileRoute;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  /** The text of a web page or Markdown file, for the paste route. */
  source?: string;
  payloads: HostileFile[];
  /** The sentences closing each payload's section in a bundle: an import that kept them lost nothing after a payload. */
  closings: string[];
}

/**
 * The corpus as files to import: web pages and Markdown `perFile` payloads to a file (each in a
 * section of its own; payloads that must stand alone get a file of their own), Word documents and
 * PDFs one payload each (each is a document of its own making: its catalog, its parts).
 */
export async function hostileImports(perFile: number): Promise<HostileImport[]> {
  const files = await hostileFiles();
  const byId = new Map(files.map((file) => [file.id, file]));
  const text = (['html', 'markdown'] as const).flatMap((route) =>
    bundlePayloads(
      hostilePayloads().filter((payload) => payload.route === route),
      perFile,
    ).map((bundle): HostileImport => {
      const payloads = bundle.payloads.map((payload) => byId.get(payload.id)!);
      return {
        id: bundle.id,
        route,
        ...fileOf(route, payloads.length === 1 ? payloads[0]!.marker : bundle.id.replace(/\W+/gu, '_')),
        bytes: Buffer.from(bundle.source, 'utf8'),
        source: bundle.source,
        payloads,
        closings: bundle.closings,
      };
    }),
  );
  const binary = files
    .filter((file) => file.route === 'docx' || file.route === 'pdf')
    .map((file): HostileImport => ({
      id: file.id,
      route: file.route,
      fileName: file.fileName,
      mimeType: file.mimeType,
      bytes: file.bytes,
      payloads: [file],
      closings: [],
    }));
  return [...text, ...binary];
}

/** Splits `items` into runs of at most `size`, in order. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
