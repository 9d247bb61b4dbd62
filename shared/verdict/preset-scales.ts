import type { RatingScale } from '../model/rating-scale';

/** PolitiFact's Truth-O-Meter: six levels, "Pants on Fire" the worst. */
export const TRUTH_O_METER: RatingScale = {
  id: 'truth-o-meter',
  name: 'Truth-O-Meter (six levels)',
  freeText: false,
  ratings: [
    { label: 'True', group: 'true', value: 6 },
    { label: 'Mostly True', group: 'true', value: 5 },
    { label: 'Half True', group: 'mixed', value: 4 },
    { label: 'Mostly False', group: 'false', value: 3 },
    { label: 'False', group: 'false', value: 2 },
    { label: 'Pants on Fire', group: 'false', value: 1 },
  ],
};

/** A generic five-point scale. */
export const FIVE_POINT: RatingScale = {
  id: 'five-point',
  name: 'Five-point scale',
  freeText: false,
  ratings: [
    { label: 'True', group: 'true', value: 5 },
    { label: 'Mostly true', group: 'true', value: 4 },
    { label: 'Mixed', group: 'mixed', value: 3 },
    { label: 'Mostly false', group: 'false', value: 2 },
    { label: 'False', group: 'false', value: 1 },
  ],
};

/**
 * The labels platform fact-checking programmes use (Meta's third-party programme, AFP). Not
 * ordered, so no values. Satire is not a falsehood rating: it groups as unverifiable.
 */
export const PLATFORM_LABELS: RatingScale = {
  id: 'platform-labels',
  name: 'Platform labels (False, Altered, Partly false…)',
  freeText: false,
  ratings: [
    { label: 'False', group: 'false' },
    { label: 'Altered', group: 'false' },
    { label: 'Partly false', group: 'mixed' },
    { label: 'Missing context', group: 'mixed' },
    { label: 'Satire', group: 'unverifiable' },
    { label: 'True', group: 'true' },
  ],
};

/** Any label the analyst writes, with a group they pick. */
export const FREE_TEXT: RatingScale = { id: 'free-text', name: 'Free text', freeText: true, ratings: [] };

/** The scales every workspace has; a workspace may add its own in settings. */
export const PRESET_SCALES: readonly RatingScale[] = [TRUTH_O_METER, FIVE_POINT, PLATFORM_LABELS, FREE_TEXT];

/** The scale a new workspace rates on. */
export const DEFAULT_SCALE_ID = TRUTH_O_METER.id;
