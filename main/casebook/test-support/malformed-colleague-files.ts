import { seededRandom } from '../../../shared/random/seeded-random';
import { MAX_DEPTH, MAX_STRING_LENGTH } from '../parse-untrusted-json';
import { colleagueCollection, colleagueLayer, layerBytes } from './colleague-layer';

/** One generated file that must be refused, with what the refusal should mention. */
export interface MalformedFile {
  /** The mutation applied, and where: `retype at annotations.1.body.note`. */
  description: string;
  bytes: Uint8Array;
  /** The refusal message must match this (beyond naming the file). */
  expected: RegExp;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** The byte arrays one after another (spreading a multi-megabyte array into a literal is slow). */
function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Keys a valid file may leave out, by the (wildcarded) path of the object holding them. */
const OPTIONAL_KEYS: Record<string, readonly string[]> = {
  'annotations.*.body': ['claim', 'links', 'sources'],
  'annotations.*.body.claim': ['claimant', 'attribution', 'verdict'],
  'annotations.*.body.claim.verdict': ['group'],
  'annotations.*.body.sources.*': ['accessed'],
};
const SHAPE = /is not a valid annotations file|holds annotations on another document|newer Factmark|holds no JSON object/;
const MARKER = '\u0000nested-marker\u0000';

interface Node {
  value: Json;
  path: string[];
}

/** Every value in the tree with its path, the root included. */
function nodesOf(root: Json): Node[] {
  const nodes: Node[] = [];
  const visit = (value: Json, path: string[]) => {
    nodes.push({ value, path });
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, String(i)]));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(root, []);
  return nodes;
}

const isObject = (v: Json): v is { [key: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);
const wildcard = (path: string[]) => path.map((p) => (/^\d+$/.test(p) ? '*' : p)).join('.');
const where = (path: string[]) => (path.length === 0 ? 'the root' : path.join('.'));

/** Sets the value at `path` (the root cannot be replaced here). */
function setAt(root: Json, path: string[], value: Json): void {
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string, Json>)[k] as Json, root) as Record<string, Json>;
  Object.defineProperty(parent, path.at(-1) as string, { value, enumerable: true, writable: true, configurable: true });
}

/** A value of another JSON type than `value`. */
function otherType(random: Random, value: Json): Json {
  const kinds: [string, () => Json][] = [
    ['null', () => null],
    ['boolean', () => random() < 0.5],
    ['number', () => pick(random, [0, -1, 1.5, 42, 1e300])],
    ['string', () => pick(random, ['', 'x', '1', 'null', 'true'])],
    ['array', () => pick(random, [[], [1], ['a', null]])],
    ['object', () => pick<Json>(random, [{}, { a: 1 }])],
  ];
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return pick(
    random,
    kinds.filter(([kind]) => kind !== type),
  )[1]();
}

type Mutation = (
  random: Random,
  root: Json,
) => { description: string; text?: string; root?: Json; bytes?: Uint8Array; expected: RegExp } | undefined;

/** Structural mutations over the parsed tree (return undefined when the tree has no place for them). */
const MUTATIONS: Record<string, { weight: number; apply: Mutation }> = {
  deleteRequired: {
    weight: 12,
    apply(random, root) {
      const holders = nodesOf(root).filter((n) => isObject(n.value) && requiredKeys(n).length > 0);
      if (holders.length === 0) return undefined;
      const node = pick(random, holders);
      const key = pick(random, requiredKeys(node));
      delete (node.value as Record<string, Json>)[key];
      return { description: `delete ${key} at ${where(node.path)}`, expected: SHAPE };
    },
  },
  renameKey: {
    weight: 10,
    apply(random, root) {
      const holders = nodesOf(root).filter((n) => isObject(n.value) && Object.keys(n.value).length > 0);
      const node = pick(random, holders);
      const object = node.value as Record<string, Json>;
      const key = pick(random, Object.keys(object));
      const renamed = pick(random, [
        `${key}_`,
        key.toUpperCase() === key ? `${key}x` : key.toUpperCase(),
        'colour',
        'text',
        'type2',
        'Tag',
        '',
      ]);
      if (renamed in object) return undefined;
      const value = object[key] as Json;
      delete object[key];
      setAt(root, [...node.path, renamed], value);
      return { description: `rename ${key} to "${renamed}" at ${where(node.path)}`, expected: SHAPE };
    },
  },
  retype: {
    weight: 16,
    apply(random, root) {
      const node = pick(random, nodesOf(root).slice(1));
      setAt(root, node.path, otherType(random, node.value));
      return { description: `retype ${where(node.path)}`, expected: SHAPE };
    },
  },
  prototypeKey: {
    weight: 14,
    apply(random, root) {
      const node = pick(
        random,
        nodesOf(root).filter((n) => isObject(n.value)),
      );
      const key = pick(random, ['__proto__', 'constructor', 'prototype']);
      setAt(root, [...node.path, key], pick<Json>(random, [{ polluted: true }, { prototype: { polluted: true } }, 'x', null, [1]]));
      return { description: `add ${key} at ${where(node.path)}`, expected: new RegExp(`has the key "${key}"`) };
    },
  },
  hugeString: {
    weight: 0.4,
    apply(random, root) {
      const node = pick(
        random,
        nodesOf(root).filter((n) => typeof n.value === 'string'),
      );
      setAt(root, node.path, MARKER);
      const huge = JSON.stringify('x'.repeat(MAX_STRING_LENGTH + 1 + Math.floor(random() * 1000)));
      return {
        description: `huge string at ${where(node.path)}`,
        text: JSON.stringify(root).replace(JSON.stringify(MARKER), huge),
        expected: /has a string of/,
      };
    },
  },
  overSchemaLimit: {
    weight: 4,
    apply(random, root) {
      const limits: Record<string, number> = { id: 200, note: 100_000, statement: 1_000, justification: 10_000, role: 300, url: 2_000 };
      const nodes = nodesOf(root).filter((n) => typeof n.value === 'string' && (n.path.at(-1) ?? '') in limits);
      if (nodes.length === 0) return undefined;
      const node = pick(random, nodes);
      setAt(root, node.path, 'z'.repeat((limits[node.path.at(-1) as string] ?? 0) + 1));
      return { description: `over the schema's limit at ${where(node.path)}`, expected: SHAPE };
    },
  },
  deepNesting: {
    weight: 3,
    apply(random, root) {
      const node = pick(random, nodesOf(root).slice(1));
      setAt(root, node.path, MARKER);
      const depth = pick(random, [MAX_DEPTH + 1, 1_000, 100_000]);
      const open = random() < 0.5 ? '[' : '{"a":';
      const close = open === '[' ? ']' : '}';
      const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
      return {
        description: `${depth} nested at ${where(node.path)}`,
        text: JSON.stringify(root).replace(JSON.stringify(MARKER), nested),
        expected: /nests more than/,
      };
    },
  },
  duplicateId: {
    weight: 6,
    apply(random, root) {
      const annotations = (root as { annotations: Json[] }).annotations;
      if (!Array.isArray(annotations) || annotations.length === 0) return undefined;
      const copy = structuredClone(pick(random, annotations));
      annotations.splice(Math.floor(random() * (annotations.length + 1)), 0, copy);
      return { description: 'duplicate annotation id', expected: /duplicate id/ };
    },
  },
  badNumber: {
    weight: 8,
    apply(random, root) {
      const nodes = nodesOf(root).filter((n) => typeof n.value === 'number');
      const node = pick(random, nodes);
      setAt(root, node.path, MARKER);
      const replacement = pick(random, ['NaN', 'Infinity', '-Infinity', '1e999', '-1', '1.5', '0x10', '01', '+1', '-0.5', '.5', '1e']);
      // 1e999 parses (to Infinity), -1 and 1.5 parse: the schema refuses them; the others are not JSON.
      return {
        description: `${replacement} at ${where(node.path)}`,
        text: JSON.stringify(root).replace(JSON.stringify(MARKER), replacement),
        expected: /is not valid JSON|is not a valid annotations file|newer Factmark/,
      };
    },
  },
  wrongSchemaVersion: {
    weight: 6,
    apply(random, root) {
      const node = pick(
        random,
        nodesOf(root).filter((n) => n.path.at(-1) === 'schemaVersion'),
      );
      setAt(root, node.path, pick(random, [0, 2, 99, -1, '1', null, true, 1.0000001]));
      return { description: `schemaVersion at ${where(node.path)}`, expected: SHAPE };
    },
  },
  badValue: {
    weight: 8,
    apply(random, root) {
      const bad: Record<string, Json[]> = {
        tag: ['Claim', 'opinion', ''],
        created: ['2026-13-01T00:00:00Z', 'yesterday', '2026-03-01'],
        modified: ['2026-03-01T25:00:00Z', ''],
        start: [1e6],
        kind: ['blog', ''],
        stance: ['agrees'],
        status: ['done'],
        type: ['TextSelector', 'AnnotationCollection'],
        exact: [''],
        documentId: ['', 'another-document'],
        id: [''],
        accessed: ['March 2'],
      };
      const nodes = nodesOf(root).filter((n) => (n.path.at(-1) ?? '') in bad);
      const node = pick(random, nodes);
      const key = node.path.at(-1) as string;
      // A start past its end is refused.
      const value = pick(random, bad[key] as Json[]);
      setAt(root, node.path, value);
      return { description: `${JSON.stringify(value)} as ${where(node.path)}`, expected: SHAPE };
    },
  },
  notAnObject: {
    weight: 2,
    apply(random) {
      return {
        description: 'root is not an object',
        root: pick(random, [[], [1, 2], 'layer', 42, null, true]),
        expected: /holds no JSON object/,
      };
    },
  },
};

const W3C = /is not a usable W3C annotation collection|names no analyst|analysts \(/;

/** The items of a W3C collection as Factmark exports it (in its first page). */
function itemsOf(root: Json): { [key: string]: Json }[] {
  return ((root as { first: { items: { [key: string]: Json }[] } }).first.items ?? []).filter(isObject);
}

function selectorsOf(item: { [key: string]: Json }): { [key: string]: Json }[] {
  const target = item.target as { selector?: Json };
  return Array.isArray(target.selector) ? target.selector.filter(isObject) : [];
}

/** Mutations of a W3C collection. Its schema lets unknown properties pass, so each one breaks a value Factmark needs. */
const W3C_MUTATIONS: Record<string, { weight: number; apply: Mutation }> = {
  w3cType: {
    weight: 3,
    apply(random, root) {
      const item = pick(random, itemsOf(root));
      if (random() < 0.3) delete item.type;
      else item.type = pick<Json>(random, ['Note', 5, ['Thing'], null]);
      return { description: 'annotation type', expected: W3C };
    },
  },
  w3cTarget: {
    weight: 3,
    apply(random, root) {
      const item = pick(random, itemsOf(root));
      if (random() < 0.3) delete item.target;
      else item.target = pick<Json>(random, ['urn:x', 5, null, [], {}]);
      return { description: 'target', expected: W3C };
    },
  },
  w3cBody: {
    weight: 3,
    apply(random, root) {
      const item = pick(random, itemsOf(root));
      if (random() < 0.3) delete item.body;
      else item.body = pick<Json>(random, [5, 'claim', null, [], [{ value: 5 }]]);
      return { description: 'body', expected: W3C };
    },
  },
  w3cTag: {
    weight: 4,
    apply(random, root) {
      const item = pick(random, itemsOf(root));
      const tagging = (item.body as { [key: string]: Json }[]).find((b) => b.purpose === 'tagging') as { [key: string]: Json };
      if (random() < 0.3) delete tagging.purpose;
      else tagging.value = pick<Json>(random, ['opinion', '', 5, 'claims']);
      return { description: 'tag', expected: W3C };
    },
  },
  w3cTwoTags: {
    weight: 2,
    apply(random, root) {
      const item = pick(random, itemsOf(root));
      const body = item.body as { [key: string]: Json }[];
      const tag = body.find((b) => b.purpose === 'tagging')?.value;
      body.push({ type: 'TextualBody', purpose: 'tagging', value: tag === 'claim' ? 'evidence' : 'claim' });
      return { description: 'two tags', expected: /tagged both/ };
    },
  },
  w3cQuote: {
    weight: 4,
    apply(random, root) {
      const item = pick(random, itemsOf(root));
      const selectors = (item.target as { selector: { [key: string]: Json }[] }).selector;
      const quote = selectors.find((sel) => sel.type === 'TextQuoteSelector') as { [key: string]: Json };
      const how = pick(random, ['exact', 'delete exact', 'type', 'drop']);
      if (how === 'exact') quote.exact = pick<Json>(random, ['', 5, null]);
      else if (how === 'delete exact') delete quote.exact;
      else if (how === 'type') quote.type = 'TextQuote';
      else selectors.splice(selectors.indexOf(quote), 1);
      return { description: `quote: ${how}`, expected: W3C };
    },
  },
  w3cPosition: {
    weight: 4,
    apply(random, root) {
      const item = pick(random, itemsOf(root));
      const position = selectorsOf(item).find((sel) => sel.type === 'TextPositionSelector');
      if (!position) return undefined;
      const how = pick(random, ['start', 'end']);
      if (how === 'start') position.start = pick<Json>(random, [-1, 1.5, 'x', null]);
      else position.end = pick<Json>(random, [position.start as number, -3, 'y']);
      return { description: `position ${how}`, expected: W3C };
    },
  },
  w3cDates: {
    weight: 2,
    apply(random, root) {
      const item = pick(random, itemsOf(root));
      item[pick(random, ['created', 'modified'])] = pick<Json>(random, ['yesterday', '2026-13-01T00:00:00Z', 5]);
      return { description: 'date', expected: W3C };
    },
  },
  w3cCreator: {
    weight: 4,
    apply(random, root) {
      const item = pick(random, itemsOf(root));
      if (random() < 0.4 && itemsOf(root).length > 1) {
        item.creator = { id: 'urn:factmark:analyst:carol', name: 'Carol' };
        return { description: 'a second analyst', expected: /analysts \(/ };
      }
      item.creator = pick<Json>(random, [5, '', true, { id: 'x'.repeat(201) }, { name: 5 }]);
      return { description: 'creator', expected: W3C };
    },
  },
  w3cDuplicate: {
    weight: 3,
    apply(random, root) {
      const items = (root as { first: { items: Json[] } }).first.items;
      items.push(structuredClone(pick(random, items)));
      return { description: 'duplicate item', expected: /same id/ };
    },
  },
  w3cExtension: {
    weight: 3,
    apply(random, root) {
      const item = pick(random, itemsOf(root));
      const key = pick(random, ['factmark:claim', 'factmark:links', 'factmark:sources']);
      item[key] = pick<Json>(random, ['x', { statement: 5 }, {}, [{ claim: '', stance: 'x' }]]);
      return { description: key, expected: W3C };
    },
  },
  w3cItems: {
    weight: 2,
    apply(random, root) {
      const collection = root as { [key: string]: Json };
      const how = pick(random, ['items', 'first', 'empty']);
      if (how === 'items') (collection.first as { [key: string]: Json }).items = pick<Json>(random, ['x', {}, 5]);
      else if (how === 'first') collection.first = pick<Json>(random, ['x', null, {}]);
      else (collection.first as { [key: string]: Json }).items = [];
      return { description: `items: ${how}`, expected: W3C };
    },
  },
};

function requiredKeys(node: Node): string[] {
  const optional = OPTIONAL_KEYS[wildcard(node.path)] ?? [];
  return Object.keys(node.value as object).filter((k) => !optional.includes(k));
}

/** Byte-level damage to an encoded file. */
const BYTE_DAMAGE: Record<
  string,
  { weight: number; apply: (random: Random, bytes: Uint8Array) => { description: string; bytes: Uint8Array; expected: RegExp } }
> = {
  truncate: {
    weight: 10,
    apply(random, bytes) {
      const at = Math.floor(random() * bytes.length);
      return { description: `truncated at byte ${at}`, bytes: bytes.slice(0, at), expected: /is empty|is not valid JSON|not UTF-8/ };
    },
  },
  invalidUtf8: {
    weight: 6,
    apply(random, bytes) {
      const bad = pick(random, [
        [0xff],
        [0x80],
        [0xc0, 0x80],
        [0xed, 0xa0, 0x80],
        [0xe2, 0x82],
        [0xf8, 0x88, 0x80, 0x80, 0x80],
        [0xf4, 0x90, 0x80, 0x80],
      ]);
      // Inside a string, where a lenient decoder would quietly let it through as U+FFFD.
      const quote = bytes.indexOf(0x22, Math.floor(random() * bytes.length));
      const at = quote === -1 ? bytes.length : quote + 1;
      return {
        description: `bytes ${bad.join(',')} at ${at}`,
        bytes: concat(bytes.subarray(0, at), bad, bytes.subarray(at)),
        expected: /not UTF-8/,
      };
    },
  },
  otherEncoding: {
    weight: 4,
    apply(random, bytes) {
      const text = new TextDecoder().decode(bytes);
      const le = new Uint8Array(Buffer.from(text, 'utf16le'));
      const be = new Uint8Array(le.length);
      for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] as number, le[i] as number];
      const choice = pick(random, ['UTF-16LE', 'UTF-16BE', 'UTF-32LE']);
      const utf32 = new Uint8Array(text.length * 4);
      // The generated files are ASCII, so each character is its low byte.
      for (let i = 0; i < text.length; i++) utf32[i * 4] = text.charCodeAt(i);
      const encoded =
        choice === 'UTF-16LE'
          ? concat([0xff, 0xfe], le)
          : choice === 'UTF-16BE'
            ? concat([0xfe, 0xff], be)
            : concat([0xff, 0xfe, 0, 0], utf32);
      return { description: choice, bytes: encoded, expected: choice.startsWith('UTF-16') ? /is UTF-16 text/ : /is UTF-32 text/ };
    },
  },
  doubleBom: {
    weight: 1,
    apply(_random, bytes) {
      return {
        description: 'two byte-order marks',
        bytes: concat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], bytes),
        expected: /is not valid JSON/,
      };
    },
  },
};

function weighted<T extends { weight: number }>(random: Random, table: Record<string, T>): [string, T] {
  const entries = Object.entries(table);
  let roll = random() * entries.reduce((sum, [, e]) => sum + e.weight, 0);
  for (const entry of entries) {
    roll -= entry[1].weight;
    if (roll < 0) return entry;
  }
  return entries.at(-1) as [string, T];
}

/** The mutations that apply to every format: they break the bytes' safety, not a field. */
const ANY_FORMAT = ['prototypeKey', 'hugeString', 'deepNesting', 'notAnObject'];
const W3C_TABLE = {
  ...W3C_MUTATIONS,
  ...Object.fromEntries(ANY_FORMAT.map((name) => [name, MUTATIONS[name] as (typeof MUTATIONS)[string]])),
};

/**
 * `count` malformed colleague files from `seed`, in Factmark's layer format or as W3C
 * collections (a Factmark export): each starts as a valid file (1–5 annotations, half with
 * every optional part), then suffers one structural mutation (four in five files) or one kind
 * of byte damage, sometimes behind a UTF-8 byte-order mark (which alone is fine). Every file is
 * malformed by construction; `description` says how.
 */
export function* malformedColleagueFiles(seed: number, count: number, format: 'layer' | 'w3c' = 'layer'): Generator<MalformedFile> {
  // Seeded, so a failing file replays from its seed.
  const random = seededRandom(seed);
  const mutations = format === 'layer' ? MUTATIONS : W3C_TABLE;
  for (let made = 0; made < count;) {
    const size = 1 + Math.floor(random() * 5);
    const rich = random() < 0.5;
    const root = JSON.parse(JSON.stringify(format === 'layer' ? colleagueLayer(size, rich) : colleagueCollection(size, rich))) as Json;
    const pretty = random() < 0.3;
    let file: MalformedFile | undefined;
    if (random() < 0.8) {
      const [name, mutation] = weighted(random, mutations);
      const result = mutation.apply(random, root);
      if (!result) continue;
      const bytes =
        result.bytes ??
        (result.text === undefined
          ? layerBytes(result.root === undefined ? root : result.root, pretty)
          : new TextEncoder().encode(result.text));
      file = { description: `${name}: ${result.description}`, bytes, expected: result.expected };
    } else {
      const [name, damage] = weighted(random, BYTE_DAMAGE);
      const result = damage.apply(random, layerBytes(root, pretty));
      file = { description: `${name}: ${result.description}`, bytes: result.bytes, expected: result.expected };
    }
    if (random() < 0.1 && file.bytes[0] !== 0xff && file.bytes[0] !== 0xfe) {
      file = { ...file, description: `${file.description} (behind a UTF-8 BOM)`, bytes: concat([0xef, 0xbb, 0xbf], file.bytes) };
    }
    made += 1;
    yield file;
  }
}
