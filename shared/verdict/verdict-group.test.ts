import { describe, expect, it } from 'vitest';
import { annotationLayerSchema } from '../model/annotation-layer';
import { claimRecordSchema } from '../model/claim-record';
import { FIVE_POINT, FREE_TEXT, PLATFORM_LABELS, PRESET_SCALES, TRUTH_O_METER } from './preset-scales';
import { isNumericScale, ratingScaleSchema } from '../model/rating-scale';
import { describeVerdictProblem, readVerdict } from './verdict-group';

const decided = '2026-11-27T10:00:00.000Z';

describe('rating scales', () => {
  it('ships four valid presets, each label mapped to a common group', () => {
    for (const scale of PRESET_SCALES) expect(ratingScaleSchema.safeParse(scale).success).toBe(true);
    expect(TRUTH_O_METER.ratings.map((r) => r.label)).toEqual([
      'True',
      'Mostly True',
      'Half True',
      'Mostly False',
      'False',
      'Pants on Fire',
    ]);
    expect(PLATFORM_LABELS.ratings.map((r) => r.label)).toEqual(['False', 'Altered', 'Partly false', 'Missing context', 'Satire', 'True']);
  });

  it('says which scales are numeric', () => {
    expect(isNumericScale(TRUTH_O_METER)).toBe(true);
    expect(isNumericScale(FIVE_POINT)).toBe(true);
    expect(isNumericScale(PLATFORM_LABELS)).toBe(false);
    expect(isNumericScale(FREE_TEXT)).toBe(false);
  });

  it('refuses a workspace scale with duplicate labels or half its ratings numbered', () => {
    const base = { id: 'desk', name: 'Desk', freeText: false };
    expect(
      ratingScaleSchema.safeParse({
        ...base,
        ratings: [
          { label: 'Wrong', group: 'false' },
          { label: 'wrong', group: 'false' },
        ],
      }).success,
    ).toBe(false);
    expect(
      ratingScaleSchema.safeParse({
        ...base,
        ratings: [
          { label: 'A', group: 'true', value: 2 },
          { label: 'B', group: 'false' },
        ],
      }).success,
    ).toBe(false);
    expect(ratingScaleSchema.safeParse({ ...base, ratings: [] }).success).toBe(false);
  });
});

describe('readVerdict', () => {
  it('maps labels on different scales to the same group, case-insensitively', () => {
    expect(readVerdict({ scale: 'truth-o-meter', label: 'pants on fire', justification: '', decided }, PRESET_SCALES)).toEqual({
      ok: true,
      group: 'false',
      value: 1,
    });
    expect(readVerdict({ scale: 'platform-labels', label: 'Altered', justification: '', decided }, PRESET_SCALES)).toEqual({
      ok: true,
      group: 'false',
    });
    expect(readVerdict({ scale: 'five-point', label: 'Mixed', justification: '', decided }, PRESET_SCALES)).toEqual({
      ok: true,
      group: 'mixed',
      value: 3,
    });
  });

  it('reports an unknown rating instead of guessing', () => {
    const reading = readVerdict({ scale: 'truth-o-meter', label: 'Four Pinocchios', justification: '', decided }, PRESET_SCALES);
    expect(reading).toEqual({ ok: false, problem: { kind: 'unknown-rating', scale: 'truth-o-meter', label: 'Four Pinocchios' } });
    if (!reading.ok) expect(describeVerdictProblem(reading.problem)).toBe('"Four Pinocchios" is not a rating on the scale "truth-o-meter"');
  });

  it('needs a group for a free-text rating', () => {
    expect(readVerdict({ scale: 'free-text', label: 'Exaggerated', justification: '', decided }, PRESET_SCALES).ok).toBe(false);
    expect(readVerdict({ scale: 'free-text', label: 'Exaggerated', group: 'mixed', justification: '', decided }, PRESET_SCALES)).toEqual({
      ok: true,
      group: 'mixed',
    });
  });

  it('reads a verdict from a scale this workspace lacks only when it carries its group', () => {
    expect(readVerdict({ scale: 'other-desk', label: 'Bogus', justification: '', decided }, PRESET_SCALES).ok).toBe(false);
    expect(readVerdict({ scale: 'other-desk', label: 'Bogus', group: 'false', justification: '', decided }, PRESET_SCALES)).toEqual({
      ok: true,
      group: 'false',
    });
  });
});

describe('a claim record read from disk', () => {
  it('loads with an unknown rating, so the rating can be reported rather than lost', () => {
    const layer = {
      schemaVersion: 1,
      documentId: 'doc',
      analyst: { id: 'a', name: 'A' },
      annotations: [
        {
          schemaVersion: 1,
          id: 'c1',
          documentId: 'doc',
          creator: { id: 'a', name: 'A' },
          created: decided,
          modified: decided,
          body: {
            tag: 'claim',
            note: '',
            claim: {
              statement: 'The tanks were empty on arrival',
              claimant: { name: 'Dmitry Peskov', kind: 'person', role: 'Kremlin spokesman' },
              attribution: 'direct-quote',
              status: 'needs-review',
              verdict: { scale: 'truth-o-meter', label: 'Four Pinocchios', justification: 'Manifest shows fuel.', decided },
            },
          },
          target: {
            source: 'doc',
            selector: {
              quote: { type: 'TextQuoteSelector', exact: 'The tanks were empty.', prefix: '', suffix: '' },
              position: { type: 'TextPositionSelector', start: 0, end: 21 },
            },
          },
        },
      ],
    };
    const parsed = annotationLayerSchema.parse(layer);
    const verdict = parsed.annotations[0]?.body.claim?.verdict;
    expect(verdict?.label).toBe('Four Pinocchios');
    expect(verdict && readVerdict(verdict, PRESET_SCALES).ok).toBe(false);
  });

  it('refuses a claim record with a status outside the workflow', () => {
    expect(claimRecordSchema.safeParse({ statement: 'x', status: 'done' }).success).toBe(false);
    expect(claimRecordSchema.safeParse({ statement: 'x', status: 'inconclusive' }).success).toBe(true);
  });
});
