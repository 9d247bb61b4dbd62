import { describe, expect, it } from 'vitest';
import type { AnnotationLayer } from '../../shared/model/annotation-layer';
import { freezeAnnotation, serializeLayer } from './serialize-layer';
import { ALICE, makeAnnotation } from './test-support/fixtures';

function text(chunks: Uint8Array[]): string {
  return Buffer.concat(chunks).toString('utf8');
}

describe('serializeLayer', () => {
  it('writes the same bytes as JSON.stringify, including after a change', () => {
    const annotations = [1, 2, 3].map((n) => freezeAnnotation(makeAnnotation('doc', ALICE, n, `note “${n}” \n`)));
    const layer: AnnotationLayer = { schemaVersion: 1, documentId: 'doc', analyst: ALICE, annotations };
    expect(text(serializeLayer(layer))).toBe(JSON.stringify(layer));
    const changed = {
      ...layer,
      annotations: [annotations[0]!, freezeAnnotation(makeAnnotation('doc', ALICE, 2, 'edited')), annotations[2]!],
    };
    expect(text(serializeLayer(changed))).toBe(JSON.stringify(changed));
  });

  it('writes an empty layer as JSON.stringify does', () => {
    const layer: AnnotationLayer = { schemaVersion: 1, documentId: 'doc', analyst: ALICE, annotations: [] };
    expect(text(serializeLayer(layer))).toBe(JSON.stringify(layer));
  });
});

describe('freezeAnnotation', () => {
  it('makes a stored annotation refuse in-place edits', () => {
    const annotation = freezeAnnotation(makeAnnotation('doc', ALICE, 1));
    expect(() => {
      (annotation.body as { note: string }).note = 'sneaky';
    }).toThrow(TypeError);
    expect(() => {
      (annotation.target.selector.position as { start: number }).start = 99;
    }).toThrow(TypeError);
  });
});
