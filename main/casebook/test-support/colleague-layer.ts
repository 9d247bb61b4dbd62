import { toAnnotationCollection } from '../../../shared/exchange/export-w3c';
import type { Annotation, Creator, Tag } from '../../../shared/model/annotation';
import type { AnnotationLayer } from '../../../shared/model/annotation-layer';
import { makeArticle } from '../../store/test-support/fixtures';
import type { PlacingContext } from '../read-colleague-file';

/** The document colleague files in these tests are about. */
export const COLLEAGUE_DOCUMENT = 'harbour-2026';
/** The colleague whose files they are. */
export const COLLEAGUE: Creator = { id: 'bob', name: 'Bob Checker' };

/** The plain text of the document: one paragraph, which every annotation quotes. */
export const COLLEAGUE_TEXT = 'The port said its tanks were full. Invoices show one delivery of 180,000 litres.';
const TEXT = COLLEAGUE_TEXT;

/**
 * A valid annotation numbered `n`; `rich` adds every optional part (claim record with claimant
 * and verdict, links, sources), so mutations reach every level of the format.
 */
export function colleagueAnnotation(n: number, tag: Tag, rich: boolean): Annotation {
  const start = (n * 7) % 40;
  const body: Annotation['body'] = { tag, note: `note ${n}` };
  if (rich && tag === 'claim') {
    body.claim = {
      statement: 'The tanks were full',
      claimant: { name: 'Helen Varga', kind: 'person', role: 'director' },
      attribution: 'direct-quote',
      status: 'in-progress',
      verdict: { scale: 'five-point', label: 'False', group: 'false', justification: 'Invoices', decided: '2026-03-01T10:00:00.000Z' },
    };
  }
  if (rich && tag !== 'claim') {
    body.links = [{ claim: 'a-0', stance: 'refutes' }];
    body.sources = [
      {
        url: 'https://example.org/invoice',
        title: 'Invoice',
        publisher: 'Port',
        excerpt: '180,000 litres',
        accessed: '2026-03-02',
        kind: 'primary-document',
        anonymous: false,
      },
    ];
  }
  return {
    schemaVersion: 1,
    id: `a-${n}`,
    documentId: COLLEAGUE_DOCUMENT,
    creator: COLLEAGUE,
    created: '2026-03-01T09:00:00.000Z',
    modified: '2026-03-01T09:30:00.000+01:00',
    body,
    target: {
      source: COLLEAGUE_DOCUMENT,
      selector: {
        quote: {
          type: 'TextQuoteSelector',
          exact: TEXT.slice(start, start + 20),
          prefix: TEXT.slice(0, start),
          suffix: TEXT.slice(start + 20),
        },
        position: { type: 'TextPositionSelector', start, end: start + 20 },
      },
    },
  };
}

/** A valid layer of `count` annotations cycling through the tags. */
export function colleagueLayer(count: number, rich: boolean): AnnotationLayer {
  const tags: Tag[] = ['claim', 'denial', 'evidence'];
  return {
    schemaVersion: 1,
    documentId: COLLEAGUE_DOCUMENT,
    analyst: COLLEAGUE,
    annotations: Array.from({ length: count }, (_v, n) => colleagueAnnotation(n, tags[n % 3] as Tag, rich)),
  };
}

/** A layer as file bytes, the way a colleague's Factmark writes it. */
export function layerBytes(layer: unknown, pretty = false): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(layer, null, pretty ? 2 : undefined));
}

/** The colleague's layer as their Factmark exports it: a W3C AnnotationCollection. */
export function colleagueCollection(count: number, rich: boolean): object {
  const article = { ...makeArticle(COLLEAGUE_DOCUMENT), blocks: [{ type: 'paragraph' as const, text: TEXT }] };
  return toAnnotationCollection(article, colleagueLayer(count, rich).annotations, '2026-03-02T08:00:00.000Z');
}

/** Placing on the colleague document, with ids numbered from 1. */
export function colleaguePlacing(): PlacingContext {
  let next = 0;
  return { text: TEXT, now: '2026-03-02T08:00:00.000Z', newId: () => `new-${(next += 1)}` };
}
