import { describe, expect, it } from 'vitest';
import { measureHtmlShape } from './measure-html-shape';

describe('measureHtmlShape', () => {
  it('counts depth (html, body and text included), elements and the widest node', () => {
    expect(measureHtmlShape('<p>Text</p>')).toEqual({ depth: 4, elements: 4, widest: 2 });
    expect(measureHtmlShape('<div><div><p><b>Text</b></p></div></div><p>1</p><p>2</p>')).toEqual({ depth: 7, elements: 9, widest: 3 });
  });

  it('counts what nests inside a template', () => {
    expect(measureHtmlShape(`<template>${'<div>'.repeat(10)}</template>`).depth).toBeGreaterThan(12);
  });

  // How quickly (under 5 s) is a timing guard in `npm run bench`, not asserted here.
  it('measures hostile nesting without running out of stack', () => {
    expect(measureHtmlShape('<div>'.repeat(100_000)).depth).toBe(100_002);
  });
});
