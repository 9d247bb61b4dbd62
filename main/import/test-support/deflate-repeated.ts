import { constants, deflateRawSync } from 'node:zlib';

/**
 * A raw deflate stream of `chunk` repeated `times` times, built in milliseconds without
 * compressing the whole: the chunk is compressed once with a sync flush (non-final blocks ending
 * on a byte boundary, referring to nothing before them), that segment is repeated, and an empty
 * final block ends the stream. A 1 MB chunk of text costs about 1-4 KB per copy, so gigabytes of
 * output fit in a few megabytes — a decompression bomb.
 */
export function deflateRawRepeated(chunk: Uint8Array, times: number): Buffer {
  const segment = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: times }, () => segment), end]);
}

/**
 * The same bomb in the zlib format PDF's FlateDecode uses: a header, the raw stream, and the
 * Adler-32 of all the output, computed by combining the chunk's checksum (not by reading 1.5 GB).
 */
export function deflateZlibRepeated(chunk: Uint8Array, times: number): Buffer {
  const one = adler32(chunk);
  let all = 1;
  for (let i = 0; i < times; i += 1) all = combineAdler32(all, one, chunk.length);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(all);
  return Buffer.concat([Buffer.from([0x78, 0xda]), deflateRawRepeated(chunk, times), trailer]);
}

const BASE = 65521;

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % BASE;
    b = (b + a) % BASE;
  }
  return ((b << 16) | a) >>> 0;
}

// zlib's adler32_combine: the checksum of A followed by B from the checksums of each and B's length.
function combineAdler32(first: number, second: number, secondLength: number): number {
  const rem = secondLength % BASE;
  const a1 = first & 0xffff;
  const b1 = first >>> 16;
  const a2 = second & 0xffff;
  const b2 = second >>> 16;
  const a = (a1 + a2 + BASE - 1) % BASE;
  const b = (((rem * a1) % BASE) + b1 + b2 + BASE - rem) % BASE;
  return ((b << 16) | a) >>> 0;
}
