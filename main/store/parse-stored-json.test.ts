import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseStoredJson } from './parse-stored-json';

const format = {
  schema: z.strictObject({ schemaVersion: z.literal(1), names: z.array(z.string()) }),
  version: 1,
  check: (data: { names: string[] }) => (data.names.includes('intruder') ? 'belongs to someone else' : undefined),
};

describe('parseStoredJson', () => {
  it.each([
    ['empty', '', 'is empty'],
    ['blank', '  \n', 'is empty'],
    ['truncated object', '{"schemaVersion":1,"names":["a"', 'ends early'],
    ['truncated string', '{"schemaVersion":1,"names":["ab', 'ends early'],
    ['not JSON', '<html>oops</html>', 'is not valid JSON'],
    ['null', 'null', 'does not have the expected shape'],
    ['wrong shape', '{"schemaVersion":1,"names":[3]}', 'does not have the expected shape'],
    ['newer version', '{"schemaVersion":2,"names":[],"tags":[]}', 'was written by a newer Factmark (format 2'],
    ['failed check', '{"schemaVersion":1,"names":["intruder"]}', 'belongs to someone else'],
  ])('names the problem with a %s file', (_kind, text, problem) => {
    const parsed = parseStoredJson(text, format);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toContain(problem);
  });

  it('points at the offending field of a wrongly shaped file', () => {
    const parsed = parseStoredJson('{"schemaVersion":1,"names":["a",7]}', format);
    expect(parsed.ok ? '' : parsed.problem).toContain('at names.1');
  });

  it('returns the data of a good file', () => {
    expect(parseStoredJson('{"schemaVersion":1,"names":["a"]}', format)).toEqual({ ok: true, data: { schemaVersion: 1, names: ['a'] } });
  });
});
