import type { ArticleMetadata, Block, DroppedLine, ImagePlaceholder } from '../../shared/model/article';
import type { ImportProgress } from '../../shared/ipc/contract';
import type { IpcErrorCode } from '../../shared/ipc/result';
import type { MessagePort } from 'node:worker_threads';
import type { PageReading } from './pdf';

/** The routes that parse in the import worker; plain text is cheap and stays on the calling thread. */
export type WorkerRoute = 'html' | 'markdown' | 'docx' | 'pdf';

/**
 * One file for the import worker: its bytes, the route that reads them, the name for messages
 * and the dropped items the analyst chose to restore. `utf8` says the bytes are known to be
 * UTF-8 (pasted HTML), whatever charset the markup declares.
 */
export interface RouteRequest {
  route: WorkerRoute;
  fileName: string;
  bytes: Uint8Array;
  restore: number[];
  utf8?: boolean;
  /** A session with the PDF page helper (see `lendPdfPageHelper`), for a long PDF; the worker closes it when done. */
  pageHelper?: MessagePort;
}

/**
 * What a route read from a file: the pieces of an article before it gets an id and a source
 * record. `dropped[].line` is the item's index among what the route dropped; passing it back in
 * `restore` keeps it. `notes` tell the analyst about content that was not imported.
 */
export interface RouteParts {
  metadata: ArticleMetadata;
  blocks: Block[];
  dropped: DroppedLine[];
  images: ImagePlaceholder[];
  notes: string[];
  /** The language the file declares (an HTML `lang`, a Word document's w:lang, a PDF's /Lang), as written there. */
  lang?: string;
}

export type { ImportProgress };

/**
 * Asks the worker to load everything its routes need (pdf.js loads lazily otherwise), so the
 * analyst's first import after showing intent to import does not wait for it.
 */
export interface WarmRequest {
  type: 'warm';
}

/** Messages from the thread that started the worker. */
export type WorkerRequest = RouteRequest | WarmRequest;

/** Messages from the worker to the thread that started it. */
export type RouteMessage =
  | { type: 'warmed' }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; parts: RouteParts }
  | { type: 'failed'; code: IpcErrorCode; message: string; userFacing: boolean };

/** The job a thread started on the import worker's entry does: imports, or reading PDF pages for them. */
export type ImportThreadRole = 'import' | 'pdf-pages';

/** From the pool to the PDF page helper: serve one import's session on `port`, or stop. */
export type PdfHelperControl = { type: 'serve'; port: MessagePort } | { type: 'stop' };

/** From the PDF page helper to the pool: it has started (pdf.js loaded) and may be stopped. */
export interface PdfHelperStarted {
  type: 'started';
}

/** From the import worker to the helper, on a session's port: the PDF's bytes, then one page at a time. */
export type PdfPagesRequest = { type: 'open'; bytes: Uint8Array } | { type: 'read'; page: number };

/** The helper's answers on a session's port: the file opened or not, a page's lines, or that a page could not be read. */
export type PdfPagesAnswer =
  | { type: 'opened' }
  | { type: 'open-failed' }
  | { type: 'page'; page: number; reading: PageReading }
  | { type: 'page-failed'; page: number };
