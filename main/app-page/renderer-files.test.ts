import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { readRendererFile, resolveRendererPath } from './renderer-files';

describe('resolveRendererPath', () => {
  const root = join(tmpdir(), 'renderer');

  it('serves index.html for the root path', () => {
    expect(resolveRendererPath(root, '/')).toBe(join(root, 'index.html'));
  });

  it('resolves nested asset paths inside the renderer folder', () => {
    expect(resolveRendererPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
  });

  it('decodes percent-encoded names', () => {
    expect(resolveRendererPath(root, '/my%20file.css')).toBe(join(root, 'my file.css'));
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..', '/assets/%2e%2e'])(
    'refuses %s, which leaves or names the renderer folder itself',
    (path) => {
      expect(resolveRendererPath(root, path)).toBeNull();
    },
  );

  it('refuses malformed percent-encoding and NUL bytes', () => {
    expect(resolveRendererPath(root, '/%E0%A4%A')).toBeNull();
    expect(resolveRendererPath(root, '/index.html%00.js')).toBeNull();
  });
});

describe('readRendererFile', () => {
  let dir: string;
  let rendererDir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factmark-renderer-'));
    rendererDir = join(dir, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Factmark</title>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(dir, 'secret.txt'), 'not for the page');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves a page with its content type and the Content-Security-Policy', async () => {
    const response = await readRendererFile(rendererDir, '/');
    expect(response.status).toBe(200);
    expect(String(response.body)).toContain('<title>Factmark</title>');
    expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves scripts as JavaScript', async () => {
    const response = await readRendererFile(rendererDir, '/assets/app.js');
    expect(response.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a file beside the renderer folder, even when it exists', async () => {
    const response = await readRendererFile(rendererDir, '/..%2fsecret.txt');
    expect(response.status).toBe(404);
    expect(String(response.body)).not.toContain('not for the page');
  });

  it('answers 404 for a missing file and for a folder', async () => {
    expect((await readRendererFile(rendererDir, '/nope.js')).status).toBe(404);
    expect((await readRendererFile(rendererDir, '/assets')).status).toBe(404);
  });
});
