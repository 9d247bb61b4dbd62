import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeBindingAnswer, GZIP_FROM_CHARS } from './encode-binding-answer';

describe('encodeBindingAnswer', () => {
  it('sends a small result as its JSON', async () => {
    await expect(encodeBindingAnswer({ ok: true, value: [1, 2] })).resolves.toBe('{"ok":true,"value":[1,2]}');
  });

  it('sends a large result as base64 gzip of its JSON, never starting with a brace', async () => {
    const result = { ok: true, value: 'a quoted "claim" '.repeat(GZIP_FROM_CHARS / 8) };
    const answer = await encodeBindingAnswer(result);
    expect(answer).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(answer.length).toBeLessThan(JSON.stringify(result).length / 10);
    expect(JSON.parse(gunzipSync(Buffer.from(answer, 'base64')).toString('utf8'))).toEqual(result);
  });
});
