import { describe, expect, it } from 'vitest';
import { slugify } from './slugify';

describe('slugify', () => {
  it('keeps whole words within the limit and folds accents', () => {
    expect(slugify('Port authority says fuel reserves were full', 20, 'x')).toBe('port-authority-says');
    expect(slugify('Café « Zürich » — 12%', 40, 'x')).toBe('cafe-zurich-12');
    expect(slugify('Supercalifragilistic', 5, 'x')).toBe('super');
    expect(slugify('<script>', 10, 'article')).toBe('script');
    expect(slugify('« »', 10, 'article')).toBe('article');
  });
});
