import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/** A response for a request to the app's own origin, as both hosts hand it to their browser. */
export type RendererResponse = {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * Maps a URL path on the app origin to a file inside `rendererDir`; `/` means `index.html`.
 * Returns null when the path is malformed or would leave `rendererDir` (traversal, encoded
 * separators, absolute paths): such requests are refused, never served from elsewhere.
 */
export function resolveRendererPath(rendererDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relativePath = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const filePath = join(rendererDir, relativePath);
  const inside = relative(rendererDir, filePath);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return filePath;
}

/**
 * Builds the response for a URL path on the app origin: the file with its content type and the
 * Content-Security-Policy, or a 404 (with the same policy) for anything missing or refused.
 */
export async function readRendererFile(rendererDir: string, urlPathname: string): Promise<RendererResponse> {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  const filePath = resolveRendererPath(rendererDir, urlPathname);
  if (filePath && (await isFile(filePath))) {
    const contentType = CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, headers: { ...headers, 'Content-Type': contentType }, body: await readFile(filePath) };
  }
  return { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}
