/** What kind of signal a cue is; the scorer weighs and the tagger reads them by kind. */
export type CueKind =
  'quantity' | 'date' | 'reporting' | 'accusation' | 'comparison' | 'named-entity' | 'denial' | 'evidence' | 'procedural';

/**
 * One reason a sentence looks check-worthy (or less so). `weight` is 0..1: the scorer combines
 * positive cues as independent chances (1 − Π(1 − w)); a `procedural` cue's weight is instead
 * the share of the score it takes away. `reason` is shown to the analyst as written.
 */
export interface Cue {
  kind: CueKind;
  weight: number;
  reason: string;
}
