import { describe, expect, it } from 'vitest';
import { annotationSchema, type Annotation } from '../../shared/model/annotation';
import { annotationLayerSchema } from '../../shared/model/annotation-layer';
import { parseStoredJson } from './parse-stored-json';
import { isWellFormedAnnotation, isWellFormedLayer } from './well-formed-layer';

const valid: Annotation = {
  schemaVersion: 1,
  id: '3f1c0a52-7d4e-4b8a-9c61-2a5e8f0d9b17',
  documentId: 'doc-1',
  creator: { id: 'ana', name: 'Ana Analyst' },
  created: '2026-03-01T09:30:00.000Z',
  modified: '2026-03-02T10:00:00.000Z',
  body: { tag: 'claim', note: 'Checked against the ministry figures.' },
  target: {
    source: 'doc-1',
    selector: {
      quote: { type: 'TextQuoteSelector', exact: 'The bridge reopens in May.', prefix: 'officials said. ', suffix: ' Tolls stay' },
      position: { type: 'TextPositionSelector', start: 120, end: 146 },
    },
  },
};

/** A claim with its full record: claimant, attribution, verdict. */
const recorded: Annotation = {
  ...valid,
  id: 'c-2',
  body: {
    tag: 'claim',
    note: '',
    claim: {
      statement: 'The bridge reopens in May',
      claimant: { name: 'Transport ministry', kind: 'organisation', role: 'Ministry' },
      attribution: 'according-to',
      status: 'approved',
      verdict: {
        scale: 'truth-o-meter',
        label: 'Mostly False',
        group: 'false',
        justification: 'The contract says July.',
        decided: '2026-03-02T10:00:00+01:00',
      },
    },
  },
};

/** Evidence linked to two claims, citing two sources (one without an access date). */
const cited: Annotation = {
  ...valid,
  id: 'e-3',
  body: {
    tag: 'evidence',
    note: 'Contract, clause 4.',
    links: [
      { claim: 'c-2', stance: 'refutes' },
      { claim: 'c-9', stance: 'context' },
    ],
    sources: [
      {
        url: 'https://tolls.example/contract.pdf',
        title: 'Works contract',
        publisher: 'Tolls Authority',
        excerpt: 'completion by 31 July',
        accessed: '2026-03-01',
        kind: 'primary-document',
        anonymous: false,
      },
      { url: '', title: 'Briefing', publisher: '', excerpt: '', kind: 'official-statement', anonymous: true },
    ],
  },
};

/** Every kind of annotation the property tests alter. */
const FIXTURES: readonly Annotation[] = [valid, recorded, cited];

/** A deep copy of `base` with the value at `path` replaced (or removed, for `REMOVE`). */
const REMOVE = Symbol('remove');
function altered(path: readonly string[], value: unknown, base: Annotation = valid): unknown {
  const copy = structuredClone(base) as unknown as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path.at(-1)!;
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return copy;
}

const schemaAccepts = (value: unknown) => annotationSchema.safeParse(value).success;

/** Every path to a value in `valid`, objects included. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRICKY_VALUES: unknown[] = [
  REMOVE,
  undefined,
  null,
  true,
  0,
  -1,
  1.5,
  NaN,
  Infinity,
  2 ** 53,
  '',
  'x',
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(100_000),
  'x'.repeat(100_001),
  [],
  {},
  ['claim'],
  { type: 'TextQuoteSelector' },
  'claim',
  'denial',
  'evidence',
  'Claim',
  'TextQuoteSelector',
  'TextPositionSelector',
  1,
  '1',
  '2026-03-01T09:30:00Z',
  '2026-03-01T09:30:00.5+02:00',
  '2026-03-01T09:30:00.000',
  '2026-02-30T09:30:00.000Z',
  '2024-02-29T00:00:00.000Z',
  '2023-02-29T00:00:00.000Z',
  '2026-13-01T09:30:00.000Z',
  '2026-03-01T24:00:00.000Z',
  '2026-03-01 09:30:00.000Z',
  ' 2026-03-01T09:30:00.000Z',
  new Date('2026-03-01T09:30:00.000Z'),
  // Claim records, links and sources.
  false,
  'x'.repeat(300),
  'x'.repeat(301),
  'x'.repeat(1_000),
  'x'.repeat(1_001),
  'x'.repeat(2_001),
  'x'.repeat(10_001),
  'approved',
  'done',
  'person',
  'organisation',
  'according-to',
  'supports',
  'refutes',
  'context',
  'news-report',
  'rumour',
  'true',
  'mixed',
  'unverifiable',
  '2026-03-01',
  '2026-02-30',
  '2026-3-1',
  Array.from({ length: 1_001 }, () => ({ claim: 'c', stance: 'supports' })),
  [{ claim: 'c', stance: 'supports' }],
  [{ claim: '', stance: 'supports' }],
  [null],
];

describe('isWellFormedAnnotation', () => {
  it('accepts annotations as the app writes them', () => {
    for (const fixture of FIXTURES) expect(isWellFormedAnnotation(fixture)).toBe(true);
    expect(isWellFormedAnnotation(valid)).toBe(true);
    expect(isWellFormedAnnotation({ ...valid, modified: valid.created, body: { tag: 'evidence', note: '' } })).toBe(true);
  });

  it('rejects each way an annotation can break the schema', () => {
    const broken = [
      altered(['schemaVersion'], 2),
      altered(['id'], ''),
      altered(['id'], 'x'.repeat(201)),
      altered(['creator', 'name'], 'x'.repeat(201)),
      altered(['creator', 'role'], 'editor'),
      altered(['created'], '2026-02-30T09:30:00.000Z'),
      altered(['modified'], 'yesterday'),
      altered(['body', 'tag'], 'rumour'),
      altered(['body', 'note'], 'x'.repeat(100_001)),
      altered(['target', 'selector', 'quote', 'exact'], ''),
      altered(['target', 'selector', 'position', 'start'], -1),
      altered(['target', 'selector', 'position', 'end'], 120),
      altered(['target', 'selector', 'position', 'end'], 146.5),
      altered(['target', 'selector', 'extra'], {}),
      altered(['target', 'source'], REMOVE),
      altered(['body', 'claim', 'status'], 'done', recorded),
      altered(['body', 'claim', 'claimant', 'kind'], 'group', recorded),
      altered(['body', 'claim', 'verdict', 'decided'], '2026-03-02', recorded),
      altered(['body', 'claim', 'verdict', 'label'], '', recorded),
      altered(['body', 'claim', 'statement'], REMOVE, recorded),
      altered(['body', 'links', '0', 'stance'], 'agrees', cited),
      altered(
        ['body', 'links'],
        Array.from({ length: 1_001 }, () => ({ claim: 'c', stance: 'supports' })),
        cited,
      ),
      altered(['body', 'sources', '0', 'accessed'], '1 March 2026', cited),
      altered(['body', 'sources', '1', 'anonymous'], 'yes', cited),
      altered(['body', 'sources', '1', 'doi'], '10.1000/1', cited),
      altered(['body', 'verdict'], {}, cited),
      [valid],
      null,
    ];
    for (const value of broken) {
      expect(schemaAccepts(value)).toBe(false);
      expect(isWellFormedAnnotation(value)).toBe(false);
    }
  });

  it.each(FIXTURES.map((f) => [f.id, f] as const))(
    'never accepts what the schema refuses, whatever single field of %s is altered or added',
    (_, base) => {
      const valueAt = (path: string[]) => path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], base);
      const objects = [[], ...paths(base).filter((path) => typeof valueAt(path) === 'object')];
      const added = objects.map((path) => [...path, 'extra']);
      for (const path of [...paths(base), ...added]) {
        for (const value of TRICKY_VALUES) {
          const candidate = altered(path, value, base);
          if (isWellFormedAnnotation(candidate))
            expect({ path, value, accepted: schemaAccepts(candidate) }).toMatchObject({ accepted: true });
        }
      }
    },
  );

  it.each(FIXTURES.map((f) => [f.id, f] as const))(
    'never accepts what the schema refuses, over thousands of random alterations of %s',
    (_, base) => {
      const next = random(20260301);
      const all = paths(base);
      let accepted = 0;
      for (let run = 0; run < 5_000; run++) {
        let candidate: unknown = structuredClone(base);
        for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
          const path = all[Math.floor(next() * all.length)]!;
          const pick = next();
          const value =
            pick < 0.4
              ? TRICKY_VALUES[Math.floor(next() * TRICKY_VALUES.length)]
              : pick < 0.7
                ? 'y'.repeat(Math.floor(next() * 260))
                : Math.floor(next() * 400) - 100;
          const copy = candidate as Record<string, unknown>;
          let node = copy;
          for (const key of path.slice(0, -1)) {
            if (typeof node[key] !== 'object' || node[key] === null) break;
            node = node[key] as Record<string, unknown>;
          }
          if (value === REMOVE) delete node[path.at(-1)!];
          else node[path.at(-1)!] = value;
          candidate = copy;
        }
        if (isWellFormedAnnotation(candidate)) {
          accepted += 1;
          expect(schemaAccepts(candidate)).toBe(true);
        }
      }
      // Some alterations keep the annotation valid (another tag, a longer note); they must pass.
      expect(accepted).toBeGreaterThan(100);
    },
  );
});

describe('isWellFormedAnnotation at size', () => {
  it('vouches by hand for 10,000 annotations with claim records, links and sources, leaving none to the schema', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => structuredClone(FIXTURES[i % FIXTURES.length]!));
    expect(many.filter((a) => !isWellFormedAnnotation(a))).toEqual([]);
  });
});

describe('isWellFormedLayer', () => {
  const layer = {
    schemaVersion: 1,
    documentId: 'doc-1',
    analyst: { id: 'ana', name: 'Ana Analyst' },
    annotations: [valid, recorded, cited],
  };
  const format = { schema: annotationLayerSchema, version: 1, vouch: isWellFormedLayer };

  it('vouches for a layer file as the app writes it, which then reads back exactly as written', () => {
    expect(isWellFormedLayer(layer)).toBe(true);
    expect(isWellFormedLayer({ ...layer, annotations: [] })).toBe(true);
    expect(parseStoredJson(JSON.stringify(layer), format)).toEqual({ ok: true, data: layer });
  });

  it('vouches for nothing the schema refuses: a bad head, a bad annotation, another document, an id twice, a hole', () => {
    const broken = [
      { ...layer, schemaVersion: 2 },
      { ...layer, documentId: '' },
      { ...layer, analyst: { id: 'ana' } },
      { ...layer, extra: true },
      { ...layer, annotations: [valid, altered(['body', 'tag'], 'rumour')] },
      { ...layer, annotations: [valid, { ...cited, documentId: 'doc-2' }] },
      { ...layer, annotations: [valid, { ...cited, id: valid.id }] },
      { ...layer, annotations: [valid, , cited] },
      { ...layer, annotations: {} },
    ];
    for (const value of broken) {
      expect(annotationLayerSchema.safeParse(value).success).toBe(false);
      expect(isWellFormedLayer(value)).toBe(false);
    }
  });

  it('leaves a file it does not vouch for to the schema, which names the problem', () => {
    const bad = { ...layer, annotations: [valid, { ...cited, id: valid.id }] };
    expect(parseStoredJson(JSON.stringify(bad), format)).toEqual({
      ok: false,
      problem: `does not have the expected shape (duplicate id ${valid.id} at annotations.1.id)`,
    });
  });
});
