import { describe, expect, it } from 'vitest';
import { blockSchema } from '../../../../shared/model/article';
import { toPlainText } from '../../../../shared/text/plain-text';
import { docxToArticleParts, EMBEDDED_HTML_NOTE } from '../../docx/docx-to-article-parts';
import { HOSTILE_HOST } from './hostile-action';
import { hostileDocxPayloads } from './hostile-docx-payloads';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

describe('every hostile Word document through the DOCX route', async () => {
  const payloads = await hostileDocxPayloads();

  it('covers unsafe links, linked images, embedded HTML and embedded style maps', () => {
    expect(new Set(payloads.map((payload) => payload.category.replace(/^docx-altchunk-.*/u, 'docx-altchunk')))).toEqual(
      new Set(['docx-link', 'docx-linked-image', 'docx-altchunk', 'docx-style-map']),
    );
    expect(new Set(payloads.map((payload) => payload.id)).size).toBe(payloads.length);
  });

  it.each(payloads.map((payload) => [payload.id, payload] as const))('%s comes out as inert text', async (_id, payload) => {
    const parts = await docxToArticleParts(payload.bytes, { fileName: `${payload.id}.docx` });
    const text = toPlainText(parts.blocks);
    for (const block of parts.blocks) {
      expect(() => blockSchema.parse(block)).not.toThrow();
      for (const link of block.links ?? []) {
        expect(SAFE_PROTOCOLS.has(new URL(link.href).protocol)).toBe(true);
        expect(link.href).not.toContain(HOSTILE_HOST);
      }
    }
    expect(text).not.toContain(payload.marker);
    expect(text).not.toContain(HOSTILE_HOST);
    expect(text).toContain(payload.story.before);
    expect(text).toContain(payload.story.after);
    if (payload.category.startsWith('docx-altchunk')) expect(parts.notes).toEqual([EMBEDDED_HTML_NOTE]);
  });
});
