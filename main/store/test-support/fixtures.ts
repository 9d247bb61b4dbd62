import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Annotation, Creator } from '../../../shared/model/annotation';
import type { Article } from '../../../shared/model/article';

/** The analyst tests open stores as. */
export const ALICE: Creator = { id: 'alice', name: 'Alice Analyst' };
/** A second analyst, for per-analyst files. */
export const BOB: Creator = { id: 'bob', name: 'Bob Checker' };

/** A fresh empty folder under the system temp folder. */
export function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'factmark-store-'));
}

/** The bytes an article with this id is imported from. */
export function sourceBytesFor(id: string): Uint8Array {
  return new TextEncoder().encode(`Headline of ${id}\n\nThe minister said the bridge opened in 2019.\n`);
}

/** A valid article with the given id, imported at `importedAt`, whose source is `sourceBytesFor(id)`. */
export function makeArticle(id: string, importedAt = '2026-01-01T10:00:00.000Z'): Article {
  const bytes = sourceBytesFor(id);
  return {
    schemaVersion: 1,
    id,
    metadata: { title: `Headline of ${id}` },
    blocks: [
      { type: 'title', text: `Headline of ${id}` },
      { type: 'paragraph', text: 'The minister said the bridge opened in 2019.' },
    ],
    source: {
      fileName: `${id}.txt`,
      mediaType: 'text/plain',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      byteLength: bytes.byteLength,
      importedAt,
    },
    cleaning: { dropped: [], restored: [] },
  };
}

/** A valid annotation numbered `n` on `documentId` by `analyst`; `note` tells versions apart. */
export function makeAnnotation(documentId: string, analyst: Creator, n: number, note = ''): Annotation {
  return {
    schemaVersion: 1,
    id: `${analyst.id}-${n}`,
    documentId,
    creator: analyst,
    created: '2026-01-01T10:00:00.000Z',
    modified: '2026-01-01T10:00:00.000Z',
    body: { tag: 'claim', note },
    target: {
      source: documentId,
      selector: {
        quote: { type: 'TextQuoteSelector', exact: 'The minister said the bridge opened in 2019.', prefix: 'Headline\n\n', suffix: '' },
        position: { type: 'TextPositionSelector', start: n, end: n + 45 },
      },
    },
  };
}
