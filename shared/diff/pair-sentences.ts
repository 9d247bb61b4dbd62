/** Largest region (old sentences × new sentences) whose sentences are paired by similarity; beyond it, none are. */
const MAX_PAIRING_WORK = 10_000;
/** Share of distinct words two sentences must have in common to count as one sentence edited. */
const MIN_SIMILARITY = 0.4;

/**
 * Within a stretch where the versions differ, which old sentence became which new one: pairs
 * (index into `before`, index into `after`) in order, each new sentence at most once. A pair is
 * an edited sentence; an unpaired old one was deleted and an unpaired new one inserted. Pairs
 * are chosen greedily by word overlap (Jaccard over lower-cased words), keeping order.
 */
export function pairSentences(before: readonly string[], after: readonly string[]): [number, number][] {
  if (before.length * after.length > MAX_PAIRING_WORK) return [];
  const afterWords = after.map(wordSet);
  const pairs: [number, number][] = [];
  let from = 0;
  before.forEach((sentence, i) => {
    const words = wordSet(sentence);
    let best = -1;
    let bestScore = MIN_SIMILARITY;
    for (let j = from; j < after.length; j++) {
      const score = jaccard(words, afterWords[j]!);
      if (score >= bestScore && (best === -1 || score > bestScore)) {
        best = j;
        bestScore = score;
      }
    }
    if (best === -1) return;
    pairs.push([i, best]);
    from = best + 1;
  });
  return pairs;
}

function wordSet(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const word of a) if (b.has(word)) common += 1;
  return common / (a.size + b.size - common);
}
