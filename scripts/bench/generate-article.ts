/**
 * Deterministic news-style articles of a chosen size, for the benchmark. Sentences vary enough
 * (numbers, names, quotes, abbreviations) to exercise segmentation and anchoring realistically.
 */

const SUBJECTS = [
  'The ministry',
  'Dr. Ana Ruiz',
  'A spokesperson for the U.N. agency',
  'The port authority',
  'Sen. Tom Hale',
  'Northline Power Inc.',
  'The mayor',
  'Investigators',
];
const VERBS = [
  'said',
  'denied',
  'reported',
  'confirmed',
  'rejected the claim',
  'told reporters',
  'declined to comment',
  'disputed the figures',
];
const TAILS = [
  'that fuel reserves stood at {n} per cent on March {d}.',
  'that {n} ships were delayed for {d} hours at the harbour.',
  'that the report, published at 9 a.m. on Jan. {d}, was incomplete.',
  'that about ${n}.{d} million had been spent on repairs since 2019.',
  '"we have seen no evidence of that," adding that the review would take {d} weeks.',
  'that the figures were checked against records from {n} depots.',
  'that roughly {n} residents lost power for more than {d} hours.',
];

/** A small seeded PRNG (mulberry32) so every run benchmarks the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plain-text article of about `bytes` characters: a title, then paragraphs with a heading every ten. */
export function generateArticle(bytes: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const lines = ['Benchmark article: harbour fuel records under scrutiny', '', 'By Bench Reporter | 14 March 2025, 09:20 GMT', ''];
  let size = lines.join('\n').length;
  let paragraph = 0;
  while (size < bytes) {
    if (paragraph % 10 === 9) {
      lines.push(`Section ${paragraph / 10 + 1} of the records`, '');
    }
    const sentences: string[] = [];
    const count = 3 + Math.floor(next() * 4);
    for (let i = 0; i < count; i++) {
      const tail = pick(TAILS)
        .replace('{n}', String(Math.floor(next() * 900) + 10))
        .replace('{d}', String(Math.floor(next() * 27) + 1));
      sentences.push(`${pick(SUBJECTS)} [case ${paragraph}-${i}] ${pick(VERBS)} ${tail}`);
    }
    const text = sentences.join(' ');
    lines.push(text, '');
    size += text.length + 2;
    paragraph++;
  }
  return lines.join('\n');
}
