/** Largest file read: ten times a 10,000-annotation layer, far beyond any real colleague file. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Deepest nesting of arrays and objects accepted; Factmark's files nest 6 levels, W3C exports about 8. */
export const MAX_DEPTH = 32;
/** Longest string accepted (in characters of the file): a quote of a whole long article still fits. */
export const MAX_STRING_LENGTH = 2_000_000;
/** Most objects and lists accepted: a 10,000-annotation layer has about 80,000; a file of millions of `{}` would take seconds and gigabytes to parse. */
export const MAX_CONTAINERS = 1_000_000;
/** Keys that reach an object's prototype when code copies or merges a parsed object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parsed JSON, or what is wrong with the bytes in words for the analyst (completing "The file …"). */
export type UntrustedJson = { ok: true; value: unknown } | { ok: false; problem: string };

/**
 * Turns bytes from outside (a colleague's export, a casebook file) into a JSON value, refusing
 * before parsing whatever could hurt the process: too many bytes, text that is not UTF-8 (a
 * UTF-8 byte-order mark is dropped; UTF-16 and UTF-32 are named as such), nesting deeper than
 * MAX_DEPTH (a file of 100,000 nested brackets), strings longer than MAX_STRING_LENGTH; then,
 * after parsing, any `__proto__`, `constructor` or `prototype` key at any depth. JSON.parse
 * makes such keys own data properties, so nothing is polluted here, but no valid file holds
 * them and code that merges objects later could be. Never throws.
 */
export function parseUntrustedJson(bytes: Uint8Array): UntrustedJson {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fail(`is ${megabytes(bytes.byteLength)} MB; colleague files larger than ${megabytes(MAX_FILE_BYTES)} MB are not read`);
  }
  const unicode = nonUtf8Encoding(bytes);
  if (unicode) return fail(`is ${unicode} text; save it as UTF-8 and import it again`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('contains bytes that are not UTF-8 text');
  }
  if (text.trim() === '') return fail('is empty');
  const shape = checkShape(text);
  if (shape) return fail(shape);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const key = findForbiddenKey(value);
  return key ? fail(`has the key "${key.name}"${key.at ? ` at ${key.at}` : ''}, which no annotations file holds`) : { ok: true, value };
}

function fail(problem: string): UntrustedJson {
  return { ok: false, problem };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}

/** UTF-16 or UTF-32 by byte-order mark (TextDecoder would misread these as UTF-8 with NULs). */
function nonUtf8Encoding(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) return 'UTF-32';
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'UTF-16';
  return undefined;
}

/**
 * One pass over the text before JSON.parse builds anything: the nesting depth, the number of
 * objects and lists, and the length of each string. It jumps from one structural character to the next and from quote to quote, so
 * a file of long strings costs little more than finding its quotes. Malformed JSON passes
 * through to JSON.parse, whose message says where it breaks.
 */
function checkShape(text: string): string | undefined {
  const structural = /["[\]{}]/g;
  let depth = 0;
  let containers = 0;
  let nextBackslash = text.indexOf('\\');
  for (let match = structural.exec(text); match; match = structural.exec(text)) {
    const c = match[0];
    if (c === '[' || c === '{') {
      depth += 1;
      containers += 1;
      if (depth > MAX_DEPTH) return `nests more than ${MAX_DEPTH} levels deep`;
      if (containers > MAX_CONTAINERS) return `holds more than ${MAX_CONTAINERS.toLocaleString('en')} objects and lists`;
      continue;
    }
    if (c !== '"') {
      depth -= 1;
      continue;
    }
    const start = match.index + 1;
    let at = start;
    for (;;) {
      const quote = text.indexOf('"', at);
      if (quote === -1) {
        if (text.length - start > MAX_STRING_LENGTH) return `has a string of more than ${MAX_STRING_LENGTH} characters`;
        return undefined;
      }
      while (nextBackslash !== -1 && nextBackslash < at) nextBackslash = text.indexOf('\\', at);
      // A backslash before the quote escapes the character after it: skip both and look again.
      if (nextBackslash !== -1 && nextBackslash < quote) {
        at = nextBackslash + 2;
        continue;
      }
      if (quote - start > MAX_STRING_LENGTH) return `has a string of ${quote - start} characters; the limit is ${MAX_STRING_LENGTH}`;
      structural.lastIndex = quote + 1;
      break;
    }
  }
  return undefined;
}

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | undefined;
}

/** The first prototype-reaching key, with its path (`annotations.0.body`); walks without recursion. */
function findForbiddenKey(root: unknown): { name: string; at: string } | undefined {
  const stack: Visit[] = [{ value: root, key: '', parent: undefined }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, key: String(i), parent: visit }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { name: key, at: pathOf(visit) };
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: visit });
    }
  }
  return undefined;
}

/** A visit's path from the root, built only for the report: most files have nothing to report. */
function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
}
