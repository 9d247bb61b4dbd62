import { describe, expect, it } from 'vitest';
import { readerSchema } from './schema';

function domOf(type: 'paragraph' | 'heading' | 'blockquote', text: string): unknown {
  const node = readerSchema.node(type, null, text ? [readerSchema.text(text)] : []);
  return node.type.spec.toDOM!(node);
}

describe('readerSchema block direction', () => {
  it('sets an Arabic or Hebrew block right to left, whatever Latin words or figures it holds', () => {
    expect(domOf('paragraph', 'وقالت وكالة Reuters إن الميزانية ارتفعت بنسبة 15%.')).toEqual([
      'p',
      { class: 'pm-paragraph', dir: 'rtl' },
      0,
    ]);
    expect(domOf('heading', 'ראש העירייה: 21 קולות')).toEqual(['h2', { class: 'pm-heading', dir: 'rtl' }, 0]);
  });

  it('sets a block opening with a Latin or Chinese letter left to right', () => {
    expect(domOf('blockquote', 'Reuters قال المتحدث')).toEqual(['blockquote', { class: 'pm-blockquote', dir: 'ltr' }, 0]);
    expect(domOf('paragraph', '市长说：“票价将保持不变。”')).toEqual(['p', { class: 'pm-paragraph', dir: 'ltr' }, 0]);
  });

  it('leaves a block without letters to the direction around it', () => {
    expect(domOf('paragraph', '2024 — 15%')).toEqual(['p', { class: 'pm-paragraph' }, 0]);
  });
});
