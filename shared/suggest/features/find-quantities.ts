import type { Entity, SentenceAnalysis } from '../nlp/analyse-sentence';
import type { Cue } from './cue';

const QUANTITY_TYPES = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'ORDINAL']);
const DATE_TYPES = new Set(['DATE', 'TIME', 'DURATION']);
// Fractions and multiples carry a figure without a digit ("halved", "a third", "twice").
const FRACTION_WORDS = new Set([
  'half',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'twice',
  'double',
  'triple',
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
]);

/**
 * Numbers, quantities and dates in a sentence, from wink-nlp's entity recogniser: figures
 * (cardinals, money, percentages, ordinals, fractions) weigh more than dates, because "on
 * Tuesday" dates almost every news sentence while a figure is something a checker can verify.
 * An age in apposition ("Wenholt, 52, has been…", "said Pat Greaves, 68.") or a family's size
 * ("mother of two") is not counted as a figure.
 */
export function findQuantities(analysis: SentenceAnalysis): Cue[] {
  // "first" orders events ("opened his first restaurant") far more often than it counts anything.
  const figures = analysis.entities.filter(
    (e) => QUANTITY_TYPES.has(e.type) && e.text.toLowerCase() !== 'first' && !isAgeApposition(analysis, e) && !isFamilySize(analysis, e),
  );
  const fractions = analysis.tokens.filter(
    (t, i) => FRACTION_WORDS.has(t.lower) && !analysis.entities.some((e) => e.first <= i && i <= e.last),
  );
  const dates = analysis.entities.filter((e) => DATE_TYPES.has(e.type));
  const cues: Cue[] = [];
  const shown = [...figures.map((e) => e.text), ...fractions.map((t) => t.text)];
  if (shown.length > 0) {
    const list = shown.slice(0, 3).join(', ');
    cues.push({
      kind: 'quantity',
      weight: shown.length > 1 ? 0.45 : 0.35,
      reason: shown.length > 1 ? `contains numbers (${list})` : `contains a number (${list})`,
    });
  }
  if (dates.length > 0) {
    cues.push({
      kind: 'date',
      weight: 0.1,
      reason: `mentions a date (${dates
        .slice(0, 2)
        .map((e) => e.text)
        .join(', ')})`,
    });
  }
  return cues;
}

// "mother of two", "a father of three": who the speaker is, not a figure to check.
const PARENT_WORDS = new Set(['mother', 'father', 'mum', 'dad', 'parent', 'grandmother', 'grandfather']);

function isFamilySize({ tokens }: SentenceAnalysis, entity: Entity): boolean {
  return entity.type === 'CARDINAL' && tokens[entity.first - 1]?.lower === 'of' && PARENT_WORDS.has(tokens[entity.first - 2]?.lower ?? '');
}

function isAgeApposition({ tokens }: SentenceAnalysis, entity: Entity): boolean {
  return (
    entity.type === 'CARDINAL' &&
    entity.first === entity.last &&
    tokens[entity.first - 1]?.text === ',' &&
    tokens[entity.first - 2]?.pos === 'PROPN' &&
    [',', '.', undefined].includes(tokens[entity.last + 1]?.text)
  );
}
