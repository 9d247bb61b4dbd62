import { describe, expect, it } from 'vitest';
import { reanchorAnnotations } from '../anchoring/reanchor-annotations';
import { EXPORTED_AT, FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE } from '../report/fixtures/report-fixture';
import { toPlainText } from '../text/plain-text';
import { toAnnotationCollection } from './export-w3c';
import { placeIncoming, type PlaceOptions } from './place-incoming';
import { readWebAnnotations } from './read-web-annotations';

const text = toPlainText(FIXTURE_ARTICLE.blocks);
let ids = 0;
const options = (extra: Partial<PlaceOptions> = {}): PlaceOptions => ({
  text,
  documentId: 'fresh-doc',
  now: EXPORTED_AT,
  newId: () => `new-${++ids}`,
  ...extra,
});

function importJson(json: unknown, extra: Partial<PlaceOptions> = {}) {
  const read = readWebAnnotations(json);
  if (!read.ok) return read;
  const placed = placeIncoming(read.annotations, options(extra));
  return placed.ok ? { ...placed, warnings: read.warnings } : placed;
}

/** A Web Annotation as other tools write it: tagging and commenting bodies, a quote, maybe a position. */
function hypothesisStyle(quote: { exact: string; prefix?: string; suffix?: string }, extra: object = {}) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example/a/1',
    type: 'Annotation',
    created: '2025-01-02T03:04:05Z',
    creator: { id: 'acct:mira@annotations.example', name: 'Mira' },
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: 'Claim' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Check the gauge log.',
      },
    ],
    target: {
      source: 'https://gazette.example/harbour-tanks',
      selector: { type: 'TextQuoteSelector', ...quote },
    },
    ...extra,
  };
}

describe('W3C Web Annotation export and import', () => {
  it('round-trips every field, claim records, links and sources included', () => {
    const json = JSON.parse(JSON.stringify(toAnnotationCollection(FIXTURE_ARTICLE, FIXTURE_ANNOTATIONS, EXPORTED_AT))) as unknown;
    const outcome = importJson(json, { documentId: FIXTURE_ARTICLE.id });
    expect(outcome).toMatchObject({ ok: true, unplaced: [], warnings: [] });
    if (outcome.ok) expect(outcome.annotations).toEqual(FIXTURE_ANNOTATIONS);
  });

  it('writes a standard collection: tagging and commenting bodies, both selectors, the article URL as source', () => {
    const collection = toAnnotationCollection(FIXTURE_ARTICLE, FIXTURE_ANNOTATIONS.slice(0, 1), EXPORTED_AT) as {
      type: string;
      first: { items: { body: unknown; target: unknown; creator: unknown }[] };
    };
    expect(collection.type).toBe('AnnotationCollection');
    const [item] = collection.first.items;
    expect(item?.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Asked the port for the gauge log. <b>bold?</b>',
        format: 'text/plain',
      },
    ]);
    expect(item?.target).toMatchObject({
      source: 'https://gazette.example/harbour-tanks',
      selector: [{ type: 'TextQuoteSelector' }, { type: 'TextPositionSelector', start: 0, end: 59 }],
    });
    expect(item?.creator).toEqual({
      id: 'urn:factmark:analyst:ana',
      type: 'Person',
      name: 'Ana Analyst',
    });
  });

  it("imports other tools' annotations from `items` with a quote alone, anchors them, and uses the creator as layer", () => {
    const outcome = importJson({
      type: 'AnnotationCollection',
      items: [hypothesisStyle({ exact: 'Records show the last delivery' })],
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const [annotation] = outcome.annotations;
    expect(annotation).toMatchObject({
      id: 'https://annotations.example/a/1',
      documentId: 'fresh-doc',
      creator: { id: 'acct:mira@annotations.example', name: 'Mira' },
      created: '2025-01-02T03:04:05Z',
      body: { tag: 'claim', note: 'Check the gauge log.' },
      target: {
        source: 'fresh-doc',
        selector: { position: { start: 61, end: 91 } },
      },
    });
    expect(outcome.unplaced).toEqual([]);
  });

  it('puts everything in the analyst named by --as', () => {
    const outcome = importJson(
      { first: { items: [hypothesisStyle({ exact: 'Records show' })] } },
      { as: { id: 'ana', name: 'Ana Analyst' } },
    );
    expect(outcome.ok && outcome.annotations[0]?.creator).toEqual({
      id: 'ana',
      name: 'Ana Analyst',
    });
  });

  it('names the colleague by the creator name the file gives, not by the id', () => {
    const named = { id: 'urn:factmark:analyst:colin', type: 'Person', name: 'Colin Colleague' };
    const items = [
      hypothesisStyle({ exact: 'Records show' }, { id: 'bare', creator: 'urn:factmark:analyst:colin' }),
      hypothesisStyle({ exact: 'the last delivery' }, { id: 'full', creator: named }),
    ];
    const outcome = importJson({ items });
    expect(outcome.ok && outcome.annotations.map((a) => a.creator)).toEqual([
      { id: 'colin', name: 'Colin Colleague' },
      { id: 'colin', name: 'Colin Colleague' },
    ]);
    const asColin = importJson(
      { items: [hypothesisStyle({ exact: 'Records show' }, { creator: named })] },
      { as: { id: 'colin', name: 'colin' } },
    );
    expect(asColin.ok && asColin.annotations[0]?.creator).toEqual({ id: 'colin', name: 'Colin Colleague' });
  });

  it('imports unanchorable and ambiguous annotations as orphans and lists them', () => {
    const items = [
      hypothesisStyle({ exact: 'a sentence that is not there at all' }, { id: 'gone' }),
      hypothesisStyle({ exact: 'alert(' }, { id: 'twice' }),
      hypothesisStyle({ exact: 'alert(', prefix: 'shortage occurred <script>' }, { id: 'once' }),
    ];
    const outcome = importJson({ items });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.annotations.map((a) => a.id)).toEqual(['gone', 'twice', 'once']);
    expect(outcome.unplaced.map((u) => [u.annotation.id, u.status])).toEqual([
      ['gone', 'orphan'],
      ['twice', 'ambiguous'],
    ]);
    // The reader, anchoring what was stored, comes to the same conclusion instead of picking one.
    const again = reanchorAnnotations(text, outcome.annotations);
    expect(again.unresolved.map((u) => [u.annotation.id, u.status])).toEqual([
      ['gone', 'orphan'],
      ['twice', 'ambiguous'],
    ]);
  });

  it('refuses the whole file when any item is malformed, naming each', () => {
    const good = hypothesisStyle({ exact: 'Records show' });
    const noQuote = {
      ...good,
      id: 'x',
      target: { selector: { type: 'CssSelector', value: 'p' } },
    };
    const noTag = {
      ...good,
      id: 'y',
      body: { type: 'TextualBody', value: 'just a note' },
    };
    const outcome = readWebAnnotations({
      items: [good, noQuote, noTag, { type: 'Annotation' }],
    });
    expect(outcome).toEqual({
      ok: false,
      problems: [
        'item 2: its target has no TextQuoteSelector',
        'item 3: no TextualBody with purpose "tagging" whose value is claim, denial or evidence',
        'item 4: body: Invalid input: expected array, received undefined',
      ],
    });
    expect(readWebAnnotations({ annotations: [] })).toEqual({
      ok: false,
      problems: ['not a W3C AnnotationCollection: it has neither "items" nor "first.items"'],
    });
  });

  it('ignores tags other than its own, with a warning', () => {
    const item = hypothesisStyle({ exact: 'Records show' });
    const tagged = {
      ...item,
      body: [...item.body, { type: 'TextualBody', purpose: 'tagging', value: 'harbour' }],
    };
    expect(readWebAnnotations({ items: [tagged] })).toMatchObject({
      ok: true,
      warnings: ['item 1: the tag "harbour" is not claim, denial or evidence and was left out'],
    });
  });

  it('needs a creator or --as', () => {
    const anonymous: Record<string, unknown> = hypothesisStyle({ exact: 'Records show' });
    delete anonymous.creator;
    expect(importJson({ items: [anonymous] })).toEqual({
      ok: false,
      problems: ['item 1: it has no creator; name the analyst with --as'],
    });
  });
});
