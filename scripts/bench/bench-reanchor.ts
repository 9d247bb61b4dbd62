import { anchorAll, describe, type AnnotationSelectors } from '../../shared/anchoring';
import { segmentText } from '../../shared/segment';
import { figureOf, type Figure } from './figures';
import { generateArticle } from './generate-article';
import { naiveAnchorAll, type NaivePlacement } from './naive-anchor';
import { mapOffset, realisticEdits, type Edit, type Span } from './realistic-edits';

const ANNOTATIONS = 10_000;
const RUNS = 20;
const NAIVE_RUNS = 3;

/** Re-anchoring figures, and how each way placed the annotations (so a fast wrong answer shows). */
export interface ReanchorFigures {
  figures: Figure[];
  notes: string[];
}

/**
 * Re-anchors 10,000 sentence annotations of a generated 1 MB article after the realistic edit set
 * (`realisticEdits`): `RUNS` timed `anchorAll` calls after one warm-up (wall and CPU time),
 * beside `NAIVE_RUNS` of the naive way. Counts, for both, annotations anchored where their text went, placed wrongly
 * (elsewhere, or anywhere when their text is gone) and left as orphans.
 */
export function benchReanchor(log: (line: string) => void): ReanchorFigures {
  const text = generateArticle(1024 * 1024);
  const sentences = segmentText(text);
  const stride = sentences.length / ANNOTATIONS;
  const spans = Array.from({ length: ANNOTATIONS }, (_, i) => sentences[Math.floor(i * stride) % sentences.length]!);
  const items: AnnotationSelectors[] = spans.map((s) => describe(text, s.start, s.end));
  const edited = realisticEdits(text, sentences);

  let results = anchorAll(edited.text, items);
  const ours: number[] = [];
  // CPU time beside wall time: on a machine shared with other work, the wall time mostly waits.
  const oursCpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    results = anchorAll(edited.text, items);
    ours.push(performance.now() - t0);
    const { user, system } = process.cpuUsage(cpu);
    oursCpu.push((user + system) / 1000);
  }
  let naive: NaivePlacement[] = [];
  const naiveTimes: number[] = [];
  const naiveCpu: number[] = [];
  for (let run = 0; run < NAIVE_RUNS; run++) {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    naive = naiveAnchorAll(edited.text, items);
    naiveTimes.push(performance.now() - t0);
    const { user, system } = process.cpuUsage(cpu);
    naiveCpu.push((user + system) / 1000);
  }
  const placed = (r: (typeof results)[number]): NaivePlacement => (r.status === 'anchored' ? { start: r.start, end: r.end } : null);
  const oursOutcome = judge(spans, results.map(placed), edited.edits, edited.gone);
  const naiveOutcome = judge(spans, naive, edited.edits, edited.gone);
  const ambiguous = results.filter((r) => r.status === 'ambiguous').length;
  const notes = [
    `re-anchor edited: ours ${oursOutcome.right} right, ${oursOutcome.wrong} wrong, ${oursOutcome.orphans} orphans/ambiguous (${ambiguous} ambiguous; ${edited.gone.length} texts gone); naive ${naiveOutcome.right} right, ${naiveOutcome.wrong} wrong, ${naiveOutcome.orphans} unplaced`,
  ];
  for (const note of notes) log(note);
  if (oursOutcome.wrong > 0) throw new Error(`re-anchoring placed ${oursOutcome.wrong} annotations wrongly: the figure would flatter`);
  return {
    figures: [
      figureOf('re-anchor edited 1 MB / 10,000', 'ms', ours, naiveTimes),
      figureOf('re-anchor edited 1 MB / 10,000 CPU', 'ms', oursCpu, naiveCpu),
      figureOf('re-anchor edited 1 MB / 10,000 wrong placements', 'count', [oursOutcome.wrong], [naiveOutcome.wrong]),
    ],
    notes,
  };
}

// Right: overlaps most of where the sentence's text went. Wrong: anywhere else, or anywhere at all
// once its text is gone. Unplaced: orphan or ambiguous.
function judge(spans: readonly Span[], placements: readonly NaivePlacement[], edits: readonly Edit[], gone: readonly Span[]) {
  const goneStarts = new Set(gone.map((s) => s.start));
  let right = 0;
  let wrong = 0;
  let orphans = 0;
  spans.forEach((span, i) => {
    const placement = placements[i];
    if (placement == null) return void orphans++;
    if (goneStarts.has(span.start)) return void wrong++;
    const start = mapOffset(span.start, edits);
    const end = mapOffset(span.end, edits);
    const overlap = Math.min(end, placement.end) - Math.max(start, placement.start);
    if (overlap >= 0.8 * (end - start)) right++;
    else wrong++;
  });
  return { right, wrong, orphans };
}
