import { createInflate, createInflateRaw, type Inflate, type InflateRaw } from 'node:zlib';

/** What inflating some compressed bytes, up to a limit, came to. */
export interface Inflated {
  /** Bytes of output counted; when `over`, the count at which inflating stopped. */
  bytes: number;
  /** True when the output passed the limit: inflating stopped there. */
  over: boolean;
  /** The output itself, when it was asked for (`keep`) and within the limit. */
  output?: Buffer;
}

/** Which deflate wrapping the data has: zlib's (PDF's FlateDecode) or none (zip entries). */
export type DeflateFormat = 'zlib' | 'raw';

const CHUNK_BYTES = 256 * 1024;

/**
 * Inflates `data` in chunks, counting the output and stopping as soon as it passes `limit`
 * bytes, so a decompression bomb costs no more memory than one chunk (or `limit`, with `keep`).
 * Damaged data is not an error here: the count stops where the data went wrong, and the parser
 * that reads the file later says it is damaged.
 */
export function countInflated(data: Uint8Array, format: DeflateFormat, limit: number, keep = false): Promise<Inflated> {
  const inflater: Inflate | InflateRaw =
    format === 'zlib' ? createInflate({ chunkSize: CHUNK_BYTES }) : createInflateRaw({ chunkSize: CHUNK_BYTES });
  const kept: Buffer[] = [];
  let bytes = 0;
  return new Promise((resolve) => {
    const settle = (over: boolean) => {
      inflater.removeAllListeners();
      inflater.on('error', () => undefined);
      inflater.destroy();
      resolve(over || !keep ? { bytes, over } : { bytes, over, output: Buffer.concat(kept) });
    };
    inflater.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) settle(true);
      else if (keep) kept.push(chunk);
    });
    inflater.on('end', () => settle(false));
    inflater.on('error', () => settle(false));
    inflater.end(data);
  });
}
