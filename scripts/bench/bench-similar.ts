import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { seededRandom } from '../../shared/random/seeded-random';
import { createSimilarIndex, loadSimilarIndex, type SimilarEntry } from '../../shared/similar';
import { figureOf, type Figure } from './figures';

/** How many of each the issue asks the index to hold while it answers within 50 ms. */
const CLAIMS = 10_000;
const FACT_CHECKS = 20_000;
const QUERIES = 300;

const SUBJECTS =
  'unemployment inflation crime murders rents wages taxes emissions measles cases hospital waiting lists school funding gas prices teacher pay child poverty voter turnout immigration arrests farm closures house prices bus fares tuition fees pension costs water leaks air pollution deaths'.split(
    ' ',
  );
const VERBS = ['rose to', 'fell to', 'doubled to', 'reached', 'dropped below', 'climbed above', 'was cut to', 'hit'];
const TAILS = [
  'last year',
  'since 2009',
  'in a decade',
  'this month',
  'under the current government',
  'after the election',
  'in the first quarter',
  'over five years',
];
const WHO = [
  'the governor',
  'the minister',
  'a viral post',
  'the mayor',
  'the opposition leader',
  'the union',
  'the senator',
  'a campaign ad',
];

/**
 * The `similar` section (started through `startSection`): the similar-claims lookup at the issue's size: 10,000 analysts' claims and 20,000 fact-checks
 * generated from a seeded grammar (a topic, a place, a change, a number, a time, a claimant;
 * places and names drawn Zipf-like from 3,000), then 300 queries, half rewordings of indexed
 * claims and half new ones. Returns p50/p95 per query in wall time and in CPU time (the process's,
 * so a loaded machine's wait for a core shows as the gap between them; the load average before
 * and after the queries is logged), per claim added, and the time to build the index from nothing
 * (what `factmark similar` pays when the store changed since its saved index) and to load it from
 * its saved form (what it pays otherwise).
 */
export function benchSimilar(startSection: (name: string) => void, log: (line: string) => void): { figures: Figure[] } {
  startSection('similar');
  const random = seededRandom(14);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Names and places follow Zipf's law, as in news: a few are everywhere, most are rare.
  const syllables = 'ka lo mi ren tas vor bel dun ish gar pol sen tri mak zu fen or lin dra hel'.split(' ');
  const names = Array.from({ length: 3_000 }, () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables)).join(''));
  const zipf = (list: readonly string[]): string => list[Math.min(list.length - 1, Math.floor(list.length ** random()) - 1)]!;
  const place = (): string => zipf(names).replace(/^./u, (c) => c.toUpperCase());
  const claim = (): string =>
    `${pick(SUBJECTS)} ${pick(SUBJECTS)} in ${place()} ${pick(VERBS)} ${Math.floor(random() * 90) + 1} per cent ${pick(TAILS)}, ${pick(WHO)} ${zipf(names)} said.`;
  const entries: SimilarEntry[] = [];
  for (let i = 0; i < CLAIMS; i++)
    entries.push({ key: `claim:doc-${i % 700}/a${i}`, kind: 'claim', text: claim(), docId: `doc-${i % 700}`, annotationId: `a${i}` });
  for (let i = 0; i < FACT_CHECKS; i++)
    entries.push({
      key: `factcheck:https://checks.example/${i}`,
      kind: 'factcheck',
      text: claim(),
      claimant: pick(WHO),
      url: `https://checks.example/${i}`,
    });
  const index = createSimilarIndex();
  const buildStart = performance.now();
  for (const entry of entries) index.upsert(entry);
  const build = performance.now() - buildStart;
  // What `factmark similar` pays instead of the build while the store is unchanged (the file read aside).
  const saved = index.serialise();
  const loadStart = performance.now();
  loadSimilarIndex(saved);
  const load = performance.now() - loadStart;
  log(`similar: saved index ${(saved.length / 1e6).toFixed(1)} MB of JSON`);
  const queries = Array.from({ length: QUERIES }, (_, i) => (i % 2 === 0 ? reword(pick(entries).text) : claim()));
  const loadBefore = loadavg();
  const cpu: number[] = [];
  const samples = queries.map((text) => {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    index.search({ text });
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    return wall;
  });
  const loadAfter = loadavg();
  // On a shared machine the wall time is the CPU time plus the wait for a core: both are printed, with the load they were taken under.
  log(
    `similar lookups under a load average of ${loadBefore.map((l) => l.toFixed(1)).join(' ')} (before) and ${loadAfter.map((l) => l.toFixed(1)).join(' ')} (after)`,
  );
  const upserts = Array.from({ length: 200 }, (_, i) => {
    const start = performance.now();
    index.upsert({ key: `claim:new/${i}`, kind: 'claim', text: claim() });
    return performance.now() - start;
  });
  const figures = [
    figureOf(`similar lookup ${CLAIMS.toLocaleString('en')} claims + ${FACT_CHECKS.toLocaleString('en')} fact-checks`, 'ms', samples),
    figureOf(`similar lookup CPU ${CLAIMS.toLocaleString('en')} claims + ${FACT_CHECKS.toLocaleString('en')} fact-checks`, 'ms', cpu),
    figureOf('similar index one claim added', 'ms', upserts),
    figureOf('similar index built from 30,000 entries', 'ms', [build]),
    figureOf('similar index loaded from its saved form, 30,000 entries', 'ms', [load]),
  ];
  log(`similar: ${index.size()} entries indexed`);
  return { figures };
}

/** A rewording: words moved, a number spelt with "%" instead of "per cent", the claimant dropped. */
function reword(text: string): string {
  const [body = text] = text.split(', ');
  return body.replace(/(\d+) per cent/u, '$1%').replace(/^(\S+ \S+) in (\S+)/u, '$2 $1');
}
