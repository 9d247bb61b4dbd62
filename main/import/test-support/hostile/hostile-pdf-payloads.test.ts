import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockSchema } from '../../../../shared/model/article';
import { toPlainText } from '../../../../shared/text/plain-text';
import { pdfToArticleParts } from '../../pdf';
import { HOSTILE_HOST } from './hostile-action';
import { hostilePdfPayloads } from './hostile-pdf-payloads';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const payloads = hostilePdfPayloads();

// The file as text with its hex strings decoded, and the base64 data: URLs and numeric character references in them (run over several lines of a page) decoded: where markers hide.
function revealed(bytes: Uint8Array): string {
  const latin = Buffer.from(bytes).toString('latin1');
  const strings = [...latin.matchAll(/<([0-9a-f]+)>/gu)].map((match) => Buffer.from(match[1]!, 'hex').toString('latin1'));
  const base64 = [strings.join('')].flatMap((text) => [...text.matchAll(/base64,([A-Za-z0-9+/=]+)/gu)].map((match) => atob(match[1]!)));
  const entities = strings.join('').replace(/&#(\d+);?/gu, (_, code: string) => String.fromCodePoint(Number(code)));
  return [latin, ...strings, ...base64, entities].join('\n');
}

describe('the hostile PDF corpus', () => {
  it('covers actions in every place, the FontMatrix trick, document parts, the Info dictionary and markup as page text', () => {
    const categories = new Set(payloads.map((payload) => payload.category.replace(/^pdf-text-.*/u, 'pdf-text')));
    expect(categories).toEqual(new Set(['pdf-action', 'pdf-font', 'pdf-document-part', 'pdf-info', 'pdf-text']));
    expect(new Set(payloads.map((payload) => payload.id)).size).toBe(payloads.length);
    expect(payloads.length).toBeGreaterThanOrEqual(100);
  });

  it('hides each marker in its file', () => {
    for (const payload of payloads) expect(revealed(payload.bytes), payload.id).toContain(payload.marker);
  });
});

describe('every hostile PDF through the PDF route', () => {
  // A payload that ran under pdf.js in Node would call the sentinel or fetch its URL.
  const hit = vi.fn();
  const fetchSpy = vi.fn();
  (globalThis as { __hostileHit?: unknown }).__hostileHit = hit;
  vi.stubGlobal('fetch', fetchSpy);
  afterEach(() => {
    expect(hit).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each(payloads.map((payload) => [payload.id, payload] as const))('%s comes out as inert text', async (_id, payload) => {
    const parts = await pdfToArticleParts(payload.bytes, `${payload.marker}.pdf`);
    const text = toPlainText(parts.blocks);
    for (const block of parts.blocks) {
      expect(() => blockSchema.parse(block)).not.toThrow();
      for (const link of block.links ?? []) expect(SAFE_PROTOCOLS.has(new URL(link.href).protocol)).toBe(true);
    }
    if (payload.shows === 'nothing') {
      expect(text).not.toContain(payload.marker);
      expect(text).not.toContain(HOSTILE_HOST);
      expect(JSON.stringify(parts.metadata)).not.toContain(payload.marker);
    }
    expect(text).toContain(payload.story.before);
    expect(text).toContain(payload.story.after);
  });
});
