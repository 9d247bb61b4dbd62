import { describe, expect, it } from 'vitest';
import { toBase64 } from './read-file';

describe('toBase64', () => {
  it('matches Node for text and for bytes past one chunk', () => {
    const text = new TextEncoder().encode('Grüße, "quotes" & more');
    expect(toBase64(text)).toBe(Buffer.from(text).toString('base64'));
    const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    expect(toBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});
