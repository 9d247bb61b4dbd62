import { describe, expect, it } from 'vitest';
import { measureNestingDepth } from './nesting-depth';

describe('measureNestingDepth', () => {
  it('counts the nodes on the longest path below the document, html, body and text included', () => {
    expect(measureNestingDepth('<p>Text</p>')).toBe(4);
    expect(measureNestingDepth('<div><div><p><b>Text</b></p></div></div>')).toBe(7);
  });

  it('counts what nests inside a template', () => {
    expect(measureNestingDepth(`<template>${'<div>'.repeat(10)}</template>`)).toBeGreaterThan(12);
  });

  it('measures hostile nesting quickly', () => {
    const started = performance.now();
    expect(measureNestingDepth('<div>'.repeat(100_000))).toBe(100_002);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
