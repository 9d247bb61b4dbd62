import { fileURLToPath } from 'node:url';
import { anchor, anchorAll, describe, type AnchorResult, type AnnotationSelectors } from '../shared/anchoring';
import { segmentText } from '../shared/segment';
import { generateArticle } from './bench/generate-article';
import { median } from './bench/median';

const RUNS = 7;
const ANNOTATIONS = 10_000;

type Edit = { at: number; remove: number; insert: string };

// Applies edits given in increasing order of `at`, all against the original offsets.
function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const { at, remove, insert } of edits) {
    parts.push(text.slice(last, at), insert);
    last = at + remove;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

// Median ms of `run` over RUNS runs after one warm-up, and the outcome of the last run.
function time(run: () => AnchorResult[]): { ms: number; results: AnchorResult[] } {
  let results = run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    results = run();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), results };
}

function countWhere(results: readonly AnchorResult[], wanted: (r: AnchorResult) => boolean): number {
  return results.filter(wanted).length;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

// The start of the first word of four or more letters in the second half of a
// sentence, so that an edit there changes words, never numbers.
function wordInSecondHalf(text: string, span: { start: number; end: number }): number {
  const middle = (span.start + span.end) >> 1;
  const at = text.slice(middle, span.end).search(/[a-z]{4}/);
  return at === -1 ? text.slice(span.start, span.end).search(/[a-z]{4}/) + span.start : middle + at;
}

/**
 * Measures anchoring on a generated 1 MB article with 10,000 sentence annotations: median ms of
 * verifying every stored position; of re-anchoring all of them after a paragraph is inserted
 * near the start (in one `anchorAll`, and per quote through separate `anchor` calls); and per
 * quote of fuzzy re-anchoring after a typo and after a word edit inside quotes, and of concluding that
 * a rewritten sentence is an orphan. Counts check that each case ended as intended. Keys name
 * the figure and its unit.
 */
export async function benchAnchoring(): Promise<Record<string, number>> {
  const text = generateArticle(1024 * 1024);
  const sentences = segmentText(text);
  const stride = sentences.length / ANNOTATIONS;
  const spans = Array.from({ length: ANNOTATIONS }, (_, i) => sentences[Math.floor(i * stride) % sentences.length]!);
  const items: AnnotationSelectors[] = spans.map((s) => describe(text, s.start, s.end));
  const figures: Record<string, number> = {};

  const verify = time(() => anchorAll(text, items));
  figures['verify 10k positions at 1 MB (ms)'] = round(verify.ms);
  figures['verify: anchored by position'] = countWhere(verify.results, (r) => r.status === 'anchored' && r.method === 'position');

  const insertion = 'Update: this article was revised after publication to include a response from the port authority.\n\n';
  const inserted = applyEdits(text, [{ at: sentences[2]!.start, remove: 0, insert: insertion }]);
  const shifted = time(() => anchorAll(inserted, items));
  figures['re-anchor 10k after an insertion near the start (ms)'] = round(shifted.ms);
  figures['insertion: anchored'] = countWhere(shifted.results, (r) => r.status === 'anchored');
  const sample = items.slice(-200);
  const single = time(() => sample.map((item) => anchor(inserted, item)));
  figures['after the insertion, one anchor() call (ms per quote)'] = round(single.ms / sample.length);

  // Every tenth annotated sentence gets a typo: a letter in its second half becomes two.
  const typoed = spans.filter((_, i) => i % 10 === 5);
  const typoText = applyEdits(
    text,
    typoed.map((s) => ({ at: wordInSecondHalf(text, s), remove: 1, insert: 'xq' })),
  );
  const typoItems = items.filter((_, i) => i % 10 === 5);
  const typos = time(() => anchorAll(typoText, typoItems));
  figures['fuzzy re-anchor after a typo (ms per quote)'] = round(typos.ms / typoItems.length);
  figures['typo: anchored fuzzily'] = countWhere(typos.results, (r) => r.status === 'anchored' && r.method === 'fuzzy');

  // A hundred annotated sentences get four letters in their second half replaced by a word.
  const edited = spans.filter((_, i) => i % 100 === 50);
  const editText = applyEdits(
    text,
    edited.map((s) => ({ at: wordInSecondHalf(text, s), remove: 4, insert: 'newly' })),
  );
  const editItems = items.filter((_, i) => i % 100 === 50);
  const edits = time(() => anchorAll(editText, editItems));
  figures['fuzzy re-anchor after a 4-letter edit (ms per quote)'] = round(edits.ms / editItems.length);
  figures['4-letter edit: anchored fuzzily'] = countWhere(edits.results, (r) => r.status === 'anchored' && r.method === 'fuzzy');

  // Twenty annotated sentences are replaced by unrelated words.
  const rewritten = spans.filter((_, i) => i % 500 === 250);
  const orphanText = applyEdits(
    text,
    rewritten.map((s) => ({ at: s.start, remove: s.end - s.start, insert: 'Nothing of the original sentence survives in this one.' })),
  );
  const orphanItems = items.filter((_, i) => i % 500 === 250);
  const orphans = time(() => anchorAll(orphanText, orphanItems));
  figures['orphan after a rewrite (ms per quote)'] = round(orphans.ms / orphanItems.length);
  figures['rewrite: orphaned'] = countWhere(orphans.results, (r) => r.status === 'orphan');
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.table(await benchAnchoring());
}
