import { describe, expect, it } from 'vitest';
import { blockSchema } from '../../../../shared/model/article';
import { toPlainText } from '../../../../shared/text/plain-text';
import type { ArticleParts } from '../../html/article-parts';
import { htmlToArticleParts } from '../../html/html-to-article-parts';
import { markdownToArticleParts } from '../../markdown/markdown-to-article-parts';
import { HOSTILE_HOST } from './hostile-action';
import { hostilePayloads, type HostilePayload } from './hostile-payloads';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const payloads = hostilePayloads();

function importPayload(payload: HostilePayload): ArticleParts {
  const options = { fileName: `${payload.id}.${payload.route === 'html' ? 'html' : 'md'}` };
  return payload.route === 'html' ? htmlToArticleParts(payload.source, options) : markdownToArticleParts(payload.source, options);
}

// The source with numeric character references and base64 data: URLs decoded, where markers hide.
function revealed(source: string): string {
  const entities = source.replace(/&#(x[0-9a-f]+|\d+);?/giu, (_, code: string) =>
    String.fromCodePoint(code.startsWith('x') || code.startsWith('X') ? parseInt(code.slice(1), 16) : parseInt(code, 10)),
  );
  const decoded = [...source.matchAll(/base64,([A-Za-z0-9+/=]+)/gu)].map((match) => atob(match[1]!));
  return [entities, ...decoded].join('\n');
}

describe('the hostile corpus', () => {
  it('holds at least 500 payloads with unique ids and markers, each marker inside its source', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(500);
    expect(new Set(payloads.map((payload) => payload.id)).size).toBe(payloads.length);
    expect(new Set(payloads.map((payload) => payload.marker)).size).toBe(payloads.length);
    for (const payload of payloads) expect(revealed(payload.source)).toContain(payload.marker);
  });

  it('covers every family the issue names, through both routes', () => {
    const categories = new Set(payloads.map((payload) => `${payload.route}/${payload.category}`));
    for (const family of ['url', 'handler', 'script', 'svg-math', 'frame', 'form', 'meta-base', 'css', 'mutation', 'encoded']) {
      expect(categories).toContain(`html/${family}`);
    }
    for (const family of ['markdown-link', 'markdown-autolink', 'markdown-code', 'markdown-html-script', 'markdown-inline-html-mutation']) {
      expect(categories).toContain(`markdown/${family}`);
    }
  });
});

describe.each(['html', 'markdown'] as const)('every hostile payload through the %s route', (route) => {
  it.each(payloads.filter((payload) => payload.route === route).map((payload) => [payload.id, payload] as const))(
    '%s comes out as inert text',
    (_id, payload) => {
      const parts = importPayload(payload);
      const text = toPlainText(parts.blocks);

      // Only the article model's fields survive, and every link is http, https or mailto.
      for (const block of parts.blocks) {
        expect(() => blockSchema.parse(block)).not.toThrow();
        for (const link of block.links ?? []) {
          expect(SAFE_PROTOCOLS.has(new URL(link.href).protocol)).toBe(true);
          expect(link.href).not.toContain(HOSTILE_HOST);
          expect(link.href).not.toContain(payload.marker);
        }
      }
      for (const image of parts.images) expect(Object.keys(image).sort()).toEqual(['alt', 'block', 'offset']);

      // What the payload leaves is text, and only where the corpus says it may.
      if (payload.shows === 'nothing') {
        expect(text).not.toContain(payload.marker);
        expect(text).not.toContain(HOSTILE_HOST);
        expect(parts.images.map((image) => image.alt).join(' ')).not.toContain(payload.marker);
      } else if (payload.shows !== 'text') {
        expect(text).toContain(payload.shows.literal);
      }

      // The story around the payload was kept, so the payload sat inside what was imported.
      expect(text).toContain(payload.story.before);
      expect(text).toContain(payload.story.after);
    },
  );
});
