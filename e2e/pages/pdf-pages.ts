import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** A grey level lighter than this counts as paper. */
const PAPER = 230;

/**
 * The largest stretch of blank paper on each page of the PDF at `pdfPath`, as a share of the
 * page's height from 0 to 1 (an empty page), in page order: a page broken too early is blank
 * from its last line down to its footer. Renders the pages as greyscale PGM into `workDir` with
 * poppler's pdftoppm, which must be installed.
 */
export async function largestBlankOnEachPage(pdfPath: string, workDir: string): Promise<number[]> {
  await promisify(execFile)('pdftoppm', ['-gray', '-r', '40', pdfPath, join(workDir, 'page')]);
  const files = (await readdir(workDir)).filter((name) => /^page-\d+\.pgm$/u.test(name)).sort((a, b) => pageNumber(a) - pageNumber(b));
  return Promise.all(files.map(async (file) => largestBlank(await readFile(join(workDir, file)))));
}

/** The text of the PDF at `pdfPath`, laid out as on its pages (poppler's pdftotext). */
export async function textOfPdf(pdfPath: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', pdfPath, '-']);
  return stdout;
}

function pageNumber(file: string): number {
  return Number(/(\d+)\.pgm$/u.exec(file)?.[1]);
}

/** The longest run of rows without ink, as a share of the height, in a binary PGM (P5, 8-bit) image. */
function largestBlank(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a binary greyscale PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  let [run, longest] = [0, 0];
  for (let row = 0; row < height; row++) {
    const inked = pixels.subarray(row * width, (row + 1) * width).some((grey) => grey < PAPER);
    run = inked ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest / height;
}
