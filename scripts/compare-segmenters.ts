/**
 * Scores sentence segmenters on shared/segment's cases and times them per MB of news-like text.
 * Run: `npx tsx scripts/compare-segmenters.ts`. Intl.Segmenter, sbd and our segmentBlock are always
 * compared; sentence-splitter and sentencex too when importable, e.g. from a scratch install:
 * `npm install --prefix /tmp/segcmp sentence-splitter sentencex` then
 * `SEGMENTER_CANDIDATES_DIR=/tmp/segcmp npx tsx scripts/compare-segmenters.ts`.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sbd from 'sbd';
import { BLOCK_SEPARATOR } from '../shared/text/plain-text';
import { segmentBlock } from '../shared/segment';
import { SEGMENTATION_CASES } from '../shared/segment/test-support/segmentation-cases';

interface Candidate {
  name: string;
  /** Sentences of one block, as the library prints them (whitespace may differ from the input). */
  split: (block: string) => string[];
}

const intlSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const candidates: Candidate[] = [
  {
    name: 'factmark segmentBlock',
    split: (block) => segmentBlock(block).map((span) => block.slice(span.start, span.end)),
  },
  { name: 'Intl.Segmenter (per block)', split: (block) => Array.from(intlSegmenter.segment(block), (s) => s.segment) },
  { name: 'sbd 1.0.19', split: (block) => sbd.sentences(block) },
];

async function importOptional(name: string): Promise<Record<string, unknown> | undefined> {
  const dir = process.env.SEGMENTER_CANDIDATES_DIR;
  try {
    if (!dir) return (await import(name)) as Record<string, unknown>;
    const resolved = createRequire(join(dir, 'package.json')).resolve(name);
    return (await import(pathToFileURL(resolved).href)) as Record<string, unknown>;
  } catch {
    console.log(`(${name} not installed: skipped)`);
    return undefined;
  }
}

interface SplitterNode {
  type: string;
  raw: string;
}

const splitter = await importOptional('sentence-splitter');
if (splitter) {
  const split = splitter.split as (text: string) => SplitterNode[];
  candidates.push({
    name: 'sentence-splitter',
    split: (block) =>
      split(block)
        .filter((n) => n.type === 'Sentence')
        .map((n) => n.raw),
  });
}
const sentencex = await importOptional('sentencex');
if (sentencex) {
  // Its CommonJS entry arrives as the default export when imported by path.
  const exports = (sentencex.default ?? sentencex) as Record<string, unknown>;
  const segment = exports.segment as (lang: string, text: string) => string[];
  candidates.push({ name: 'sentencex (native addon)', split: (block) => segment('en', block) });
}

// Libraries reflow whitespace, so sentences are mapped back onto the block by counting
// non-space characters; a library that drops or adds characters yields undefined.
function toSourceSentences(block: string, sentences: readonly string[]): string[] | undefined {
  const result: string[] = [];
  let at = 0;
  for (const sentence of sentences) {
    let wanted = sentence.replace(/\s+/g, '').length;
    if (wanted === 0) continue;
    while (at < block.length && /\s/.test(block.charAt(at))) at += 1;
    const start = at;
    while (at < block.length && wanted > 0) {
      if (!/\s/.test(block.charAt(at))) wanted -= 1;
      at += 1;
    }
    if (wanted > 0) return undefined;
    result.push(block.slice(start, at));
  }
  return block.slice(at).trim() === '' ? result : undefined;
}

function score(candidate: Candidate): { passed: number; failures: string[] } {
  const failures: string[] = [];
  for (const c of SEGMENTATION_CASES) {
    const got = toSourceSentences(c.text, candidate.split(c.text));
    if (JSON.stringify(got) !== JSON.stringify(c.sentences)) failures.push(c.name);
  }
  return { passed: SEGMENTATION_CASES.length - failures.length, failures };
}

// Best of three runs: the machine is shared, and the minimum is the least disturbed figure.
function timePerMegabyte(candidate: Candidate, blocks: readonly string[], bytes: number): number {
  let best = Infinity;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    for (const block of blocks) candidate.split(block);
    best = Math.min(best, performance.now() - started);
  }
  return (best * 1_000_000) / bytes;
}

const article = SEGMENTATION_CASES.map((c) => c.text);
const blocks = Array.from({ length: Math.ceil(1_000_000 / article.join(BLOCK_SEPARATOR).length) }, () => article).flat();
const bytes = blocks.join(BLOCK_SEPARATOR).length;

console.log(`${SEGMENTATION_CASES.length} cases; speed over ${(bytes / 1e6).toFixed(2)} MB in ${blocks.length} blocks\n`);
console.log('| segmenter | cases passed | ms per MB |');
console.log('|---|---|---|');
const failuresByName = new Map<string, string[]>();
for (const candidate of candidates) {
  const { passed, failures } = score(candidate);
  failuresByName.set(candidate.name, failures);
  const ms = timePerMegabyte(candidate, blocks, bytes);
  console.log(`| ${candidate.name} | ${passed}/${SEGMENTATION_CASES.length} | ${ms.toFixed(0)} |`);
}
for (const [name, failures] of failuresByName) {
  if (failures.length > 0) console.log(`\n${name} fails: ${failures.join('; ')}`);
}
