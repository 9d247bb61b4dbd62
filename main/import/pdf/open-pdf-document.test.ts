import { readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPdfjs, openPdfDocument, pdfLoadOptions } from './open-pdf-document';
import { pdfToArticleParts } from './pdf-to-article-parts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));

afterEach(() => vi.restoreAllMocks());

describe('loadPdfjs', () => {
  // pdf.js's legacy build replaces these with slower polyfills on Node 20; every later import in the worker would pay for it.
  it('leaves the built-in push and JSON functions in place', async () => {
    const builtIns = [Array.prototype.push, JSON.parse, JSON.stringify];
    await loadPdfjs();
    expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(builtIns);
    expect(Function.prototype.toString.call(Array.prototype.push)).toContain('[native code]');
  });
});

describe('pdfLoadOptions', () => {
  it('turns off eval, XFA, font loading and WebAssembly, and names no URL to fetch', () => {
    const options = pdfLoadOptions(new Uint8Array());
    expect(options).toMatchObject({
      isEvalSupported: false,
      enableXfa: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWasm: false,
      useWorkerFetch: false,
    });
    expect(options.standardFontDataUrl).toBeUndefined();
    expect(options.wasmUrl).toBeUndefined();
    expect(options.iccUrl).toBeUndefined();
    expect(options.url).toBeUndefined();
    // The CMaps are a folder inside the installed package, read from disk.
    expect(String(options.cMapUrl)).toMatch(/node_modules[\\/]pdfjs-dist[\\/]cmaps\/$/);
  });
});

describe('openPdfDocument', () => {
  it('reads a PDF that asks to run JavaScript when opened without running it or connecting anywhere', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const connectSpy = vi.spyOn(Socket.prototype, 'connect');
    const pdf = await openPdfDocument(fixture('open-action-javascript.pdf'), 'script.pdf');
    try {
      // pdf.js sees the script (a viewer with scripting on would run it)…
      expect(JSON.stringify(await pdf.document.getJSActions())).toContain('factmarkPdfScriptRan');
    } finally {
      await pdf.close();
    }
    // …but reading the text never does.
    const parts = await pdfToArticleParts(fixture('open-action-javascript.pdf'), 'script.pdf');
    expect(parts.blocks.map((b) => b.text)).toEqual(['This document asks its viewer to run a script when it opens.']);
    expect((globalThis as { factmarkPdfScriptRan?: boolean }).factmarkPdfScriptRan).toBeUndefined();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(connectSpy).not.toHaveBeenCalled();
  });

  it('leaves the caller’s bytes intact (pdf.js takes ownership of what it is given)', async () => {
    const bytes = fixture('open-action-javascript.pdf');
    const length = bytes.length;
    const pdf = await openPdfDocument(bytes, 'script.pdf');
    await pdf.close();
    expect(bytes.length).toBe(length);
    expect(bytes.byteLength).toBe(length);
  });
});
