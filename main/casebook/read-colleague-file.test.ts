import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../shared/ipc/result';
import { MAX_CONTAINERS, MAX_DEPTH, MAX_FILE_BYTES, MAX_STRING_LENGTH } from './parse-untrusted-json';
import { readColleagueFile } from './read-colleague-file';
import {
  COLLEAGUE,
  COLLEAGUE_DOCUMENT,
  colleagueCollection,
  colleagueLayer,
  colleaguePlacing,
  layerBytes,
} from './test-support/colleague-layer';

const encode = (text: string) => new TextEncoder().encode(text);
const withBytes = (before: number[], bytes: Uint8Array) => new Uint8Array([...before, ...bytes]);

function refusal(bytes: Uint8Array, documentId = COLLEAGUE_DOCUMENT, placing = colleaguePlacing()): string {
  try {
    readColleagueFile(bytes, 'bob.json', documentId, placing);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('import-failed');
    return (error as UserFacingError).message;
  }
  throw new Error('the file was accepted');
}

describe('readColleagueFile', () => {
  it('reads a colleague’s annotations file, compact or pretty, with or without a UTF-8 byte-order mark', () => {
    const layer = colleagueLayer(6, true);
    expect(readColleagueFile(layerBytes(layer), 'bob.json', COLLEAGUE_DOCUMENT)).toEqual(layer);
    expect(readColleagueFile(layerBytes(layer, true), 'bob.json', COLLEAGUE_DOCUMENT)).toEqual(layer);
    expect(readColleagueFile(withBytes([0xef, 0xbb, 0xbf], layerBytes(layer)), 'bob.json', COLLEAGUE_DOCUMENT)).toEqual(layer);
  });

  it('names the file and the problem for the wrong document, duplicate ids and a bad field', () => {
    expect(refusal(layerBytes(colleagueLayer(2, false)), 'other-doc')).toBe(
      `"bob.json" holds annotations on another document (${COLLEAGUE_DOCUMENT}).`,
    );
    const twice = colleagueLayer(2, false);
    twice.annotations.push(twice.annotations[0]!);
    expect(refusal(layerBytes(twice))).toBe('"bob.json" is not a valid annotations file (duplicate id a-0 at annotations.2.id).');
    const badTag = JSON.parse(JSON.stringify(colleagueLayer(1, false))) as { annotations: { body: { tag: string } }[] };
    badTag.annotations[0]!.body.tag = 'opinion';
    expect(refusal(layerBytes(badTag))).toMatch(/^"bob\.json" is not a valid annotations file \(.+ at annotations\.0\.body\.tag\)\.$/);
  });

  it('refuses a newer format, a W3C collection, a non-object and an empty file, saying which', () => {
    expect(refusal(layerBytes({ ...colleagueLayer(1, false), schemaVersion: 2 }))).toMatch(/written by a newer Factmark \(format 2/);
    expect(refusal(encode('[1, 2]'))).toMatch(/holds no JSON object/);
    expect(refusal(encode(' \n'))).toBe('"bob.json" is empty.');
    expect(refusal(encode('{"schemaVersion": 1,'))).toMatch(/is not valid JSON/);
  });

  it('reads a colleague’s W3C export as their layer, placed on the document’s text', () => {
    const layer = readColleagueFile(layerBytes(colleagueCollection(4, true)), 'bob.jsonld', COLLEAGUE_DOCUMENT, colleaguePlacing());
    const original = colleagueLayer(4, true);
    expect(layer.analyst).toEqual(COLLEAGUE);
    expect(layer.documentId).toBe(COLLEAGUE_DOCUMENT);
    expect(layer.annotations.map((a) => [a.id, a.body, a.target.selector.position])).toEqual(
      original.annotations.map((a) => [a.id, a.body, a.target.selector.position]),
    );
  });

  it('refuses a W3C collection it cannot place, by several analysts, by nobody, or with a bad item', () => {
    const collection = layerBytes(colleagueCollection(2, false));
    expect(() => readColleagueFile(collection, 'bob.jsonld', COLLEAGUE_DOCUMENT)).toThrow(
      '"bob.jsonld" is a W3C annotation collection; open its article to import it',
    );
    const json = JSON.parse(JSON.stringify(colleagueCollection(3, false))) as {
      first: { items: { creator?: unknown; body: { value: string }[] }[] };
    };
    json.first.items[1]!.creator = { id: 'urn:factmark:analyst:carol', name: 'Carol' };
    expect(refusal(layerBytes(json))).toBe(
      '"bob.json" holds annotations by 2 analysts (bob, carol); a colleague\'s layer is one analyst\'s work.',
    );
    for (const item of json.first.items) delete item.creator;
    expect(refusal(layerBytes(json))).toBe('"bob.json" names no analyst: none of its annotations has a creator.');
    json.first.items[0]!.body[0]!.value = 'opinion';
    expect(refusal(layerBytes(json))).toMatch(
      /^"bob\.json" is not a usable W3C annotation collection \(item 1: no TextualBody with purpose "tagging"/,
    );
  });

  it('refuses UTF-16, UTF-32 and bytes that are not UTF-8', () => {
    const json = JSON.stringify(colleagueLayer(1, false));
    expect(refusal(withBytes([0xff, 0xfe], new Uint8Array(Buffer.from(json, 'utf16le'))))).toMatch(/is UTF-16 text; save it as UTF-8/);
    expect(refusal(withBytes([0xfe, 0xff], encode(json)))).toMatch(/UTF-16/);
    expect(refusal(withBytes([0xff, 0xfe, 0, 0], encode(json)))).toMatch(/UTF-32/);
    expect(refusal(withBytes([0x7b, 0x22, 0xc3, 0x28, 0x22], encode(':1}')))).toBe('"bob.json" contains bytes that are not UTF-8 text.');
  });

  it('refuses 100,000 nested arrays, and nesting just past the limit, before parsing', () => {
    expect(refusal(encode(`${'['.repeat(100_000)}${']'.repeat(100_000)}`))).toBe(`"bob.json" nests more than ${MAX_DEPTH} levels deep.`);
    const deepNote = `{"note": ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}}`;
    expect(refusal(encode(deepNote))).toMatch(/nests more than/);
    // Brackets inside strings are text, not nesting.
    const layer = colleagueLayer(1, false);
    layer.annotations[0]!.body.note = '['.repeat(1_000);
    expect(readColleagueFile(layerBytes(layer), 'bob.json', COLLEAGUE_DOCUMENT).annotations[0]?.body.note).toHaveLength(1_000);
  });

  it('refuses strings over the limit and files over the size limit', () => {
    const layer = colleagueLayer(1, false);
    layer.annotations[0]!.target.selector.quote.exact = 'x'.repeat(MAX_STRING_LENGTH + 1);
    expect(refusal(layerBytes(layer))).toBe(
      `"bob.json" has a string of ${MAX_STRING_LENGTH + 1} characters; the limit is ${MAX_STRING_LENGTH}.`,
    );
    expect(refusal(encode(`{"a": "${'y'.repeat(MAX_STRING_LENGTH + 5)}`))).toMatch(/has a string of more than/);
    expect(refusal(new Uint8Array(MAX_FILE_BYTES + 1))).toMatch(/is 64\.0 MB|is 64 MB/);
  });

  it('refuses a file of more objects and lists than any annotations file holds, before parsing', () => {
    const many = `{"annotations": [${'{},'.repeat(MAX_CONTAINERS)}{}]}`;
    expect(refusal(encode(many))).toBe('"bob.json" holds more than 1,000,000 objects and lists.');
  });

  it('refuses prototype keys at any depth and leaves Object.prototype alone', () => {
    const cases = [
      '{"__proto__": {"polluted": true}, "schemaVersion": 1}',
      '{"schemaVersion": 1, "annotations": [{"body": {"constructor": {"prototype": {"polluted": true}}}}]}',
      '{"analyst": {"id": "bob", "name": "Bob", "prototype": 1}}',
    ];
    expect(refusal(encode(cases[0]!))).toBe('"bob.json" has the key "__proto__", which no annotations file holds.');
    expect(refusal(encode(cases[1]!))).toBe('"bob.json" has the key "constructor" at annotations.0.body, which no annotations file holds.');
    expect(refusal(encode(cases[2]!))).toMatch(/"prototype" at analyst/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
