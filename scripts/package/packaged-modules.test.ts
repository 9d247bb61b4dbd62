import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  findExcludedRuntimePackages,
  findPackedElectronPackages,
  findUnpackagedImports,
  listUnshippedPackagePaths,
  packageOf,
  readBundleImports,
} from './packaged-modules';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));

describe('readBundleImports', () => {
  it('finds static, dynamic and required imports and worker files, and ignores look-alike strings', () => {
    const bundle = [
      'import { z } from "zod";',
      'import "./chunks/side-effect.js";',
      'export { a } from "./chunks/a.js";',
      'const pw = await import("playwright-core");',
      'const pkg = createRequire(import.meta.url).resolve("pdfjs-dist/package.json");',
      'const tsx = require("tsx/esm/api");',
      'const worker = new URL("./import-worker.js", import.meta.url);',
      'const handlers = { "document:import": async () => {}, from: "elsewhere" };',
    ].join('\n');
    expect(readBundleImports(bundle).sort()).toEqual(
      [
        './chunks/a.js',
        './chunks/side-effect.js',
        './import-worker.js',
        'pdfjs-dist/package.json',
        'playwright-core',
        'tsx/esm/api',
        'zod',
      ].sort(),
    );
  });
});

describe('packageOf', () => {
  it('names the package of a bare specifier, and none for files and Node built-ins', () => {
    expect(packageOf('pdfjs-dist/legacy/build/pdf.mjs')).toBe('pdfjs-dist');
    expect(packageOf('@mozilla/readability')).toBe('@mozilla/readability');
    expect(packageOf('./chunks/a.js')).toBeNull();
    expect(packageOf('node:fs')).toBeNull();
    expect(packageOf('worker_threads')).toBeNull();
  });
});

describe('findUnpackagedImports', () => {
  let project: string;
  beforeEach(async () => {
    project = await mkdtemp(join(tmpdir(), 'factmark-packaged-'));
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0' }));
    await writeFile(
      join(project, 'electron-builder.yml'),
      'appId: org.example.app\nfiles:\n  - out/**\n  - "!**/node_modules/{playwright-core,react}/**"\n',
    );
    await writeFile(
      join(project, 'package-lock.json'),
      JSON.stringify({
        packages: {
          '': {},
          'node_modules/zod': {},
          'node_modules/playwright-core': {},
          'node_modules/sbd': { dev: true },
          'node_modules/jsdom/node_modules/react': {},
        },
      }),
    );
    await mkdir(join(project, 'out/main/chunks'), { recursive: true });
  });
  afterEach(() => rm(project, { recursive: true, force: true }));

  it("names each import the packaged app could not load, and why, like the handlers' old playwright-core import", async () => {
    await writeFile(join(project, 'out/main/chunks/shared.js'), 'export const x = 1;\n');
    await writeFile(
      join(project, 'out/main/index.js'),
      [
        'import { app } from "electron";',
        'import { readFile } from "node:fs/promises";',
        'import { z } from "zod";',
        'import { x } from "./chunks/shared.js";',
        'import { chromium } from "playwright-core";',
        'const split = await import("sbd");',
        'const gone = await import("./chunks/missing.js");',
        'const lost = await import("left-pad");',
      ].join('\n'),
    );
    expect(await findUnpackagedImports(project)).toEqual([
      { file: 'out/main/index.js', specifier: 'playwright-core', reason: "electron-builder.yml's files rules exclude playwright-core" },
      { file: 'out/main/index.js', specifier: 'sbd', reason: 'sbd is a development dependency, which electron-builder does not pack' },
      { file: 'out/main/index.js', specifier: './chunks/missing.js', reason: 'no such file was built' },
      { file: 'out/main/index.js', specifier: 'left-pad', reason: 'left-pad is not installed at the top of node_modules' },
    ]);
  });

  it('lists development packages and excluded ones, nested too, as left out of the app', async () => {
    expect((await listUnshippedPackagePaths(project)).sort()).toEqual([
      'node_modules/jsdom/node_modules/react',
      'node_modules/playwright-core',
      'node_modules/sbd',
    ]);
  });
});

describe('findPackedElectronPackages', () => {
  let project: string;
  beforeEach(async () => {
    project = await mkdtemp(join(tmpdir(), 'factmark-packaged-electron-'));
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { jsdom: '1' }, optionalDependencies: { electron: '41' } }),
    );
    await writeFile(
      join(project, 'package-lock.json'),
      JSON.stringify({
        packages: {
          '': {},
          'node_modules/jsdom': { dependencies: { once: '1' } },
          'node_modules/once': {},
          'node_modules/electron': { optional: true, dependencies: { '@electron/get': '2', once: '1' } },
          'node_modules/@electron/get': { optional: true, dependencies: { got: '11' } },
          'node_modules/got': { optional: true },
        },
      }),
    );
  });
  afterEach(() => rm(project, { recursive: true, force: true }));

  it('names what only Electron needs, leaving out what the app needs too', async () => {
    await writeFile(join(project, 'electron-builder.yml'), 'appId: org.example.app\nfiles:\n  - out/**\n');
    expect(await findPackedElectronPackages(project)).toEqual(['node_modules/@electron/get', 'node_modules/electron', 'node_modules/got']);
  });

  it('is satisfied once electron-builder.yml excludes them', async () => {
    await writeFile(
      join(project, 'electron-builder.yml'),
      'appId: org.example.app\nfiles:\n  - out/**\n  - "!node_modules/{electron,@electron/get,got}/**"\n',
    );
    expect(await findPackedElectronPackages(project)).toEqual([]);
  });

  it('names a package the app needs that the exclusions would leave out', async () => {
    await writeFile(
      join(project, 'electron-builder.yml'),
      'appId: org.example.app\nfiles:\n  - out/**\n  - "!node_modules/{electron,@electron/get,got,once}/**"\n',
    );
    expect(await findExcludedRuntimePackages(project)).toEqual(['node_modules/once']);
  });
});

describe("Factmark's electron-builder.yml", () => {
  it('packs neither Electron nor anything only Electron needs', async () => {
    expect(await findPackedElectronPackages(projectDir)).toEqual([]);
  });

  it("leaves out nothing the app's own dependencies need", async () => {
    expect(await findExcludedRuntimePackages(projectDir)).toEqual([]);
  });
});
