import type { SentenceAnalysis } from '../nlp/analyse-sentence';
import type { Cue } from './cue';

// "is expected to vote", "is due to report", "is scheduled for": what will happen next is a
// schedule, rarely something to check.
const SCHEDULE_WORDS = new Set(['expected', 'due', 'scheduled', 'set', 'planned']);

/**
 * Signs that a sentence is procedure or colour rather than a claim: a schedule ("is expected
 * to", "is due to", "will be held"), a question, or a very short sentence. Their weights are
 * shares of the score taken away.
 */
export function findProcedural(analysis: SentenceAnalysis): Cue[] {
  const { tokens } = analysis;
  const cues: Cue[] = [];
  const schedule = tokens.findIndex(
    (t, i) =>
      (t.lemma === 'be' && SCHEDULE_WORDS.has(tokens[i + 1]?.lower ?? '') && ['to', 'for'].includes(tokens[i + 2]?.lower ?? '')) ||
      (t.lower === 'will' && tokens[i + 1]?.lower === 'be' && tokens[i + 2]?.lower === 'held'),
  );
  if (schedule >= 0) cues.push({ kind: 'procedural', weight: 0.4, reason: 'reads as a schedule' });
  if (tokens.at(-1)?.text === '?') cues.push({ kind: 'procedural', weight: 0.4, reason: 'a question' });
  const words = tokens.filter((t) => t.pos !== 'PUNCT').length;
  if (words < 5) cues.push({ kind: 'procedural', weight: 0.3, reason: 'very short' });
  return cues;
}
