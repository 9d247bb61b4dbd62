import { describe, expect, it } from 'vitest';
import { segmentText } from '../segment';
import { readSentences } from '../suggest';
import { claimantForRange, prefillClaimant, type SentenceClaimant } from './claimant-prefill';

const text = [
  'Kremlin spokesman Dmitry Peskov said the tanks were empty when the convoy arrived.',
  'He added that the drivers had been warned twice.',
  'The port authority said 40 tonnes of fuel were unloaded.',
  'According to a source who asked not to be named, the manifest was altered.',
  'Fuel prices rose by 12 percent last year.',
].join(' ');

function claimantsOf(article: string): SentenceClaimant[] {
  return readSentences(article, segmentText(article)).flatMap((r) =>
    r?.claimant ? [{ start: r.span.start, end: r.span.end, claimant: r.claimant }] : [],
  );
}

describe('prefillClaimant', () => {
  const found = claimantsOf(text);
  const at = (phrase: string) => {
    const start = text.indexOf(phrase);
    return prefillClaimant(claimantForRange(found, { start, end: start + phrase.length }));
  };

  it('fills name, kind and role from "Kremlin spokesman Dmitry Peskov said"', () => {
    expect(at('Kremlin spokesman Dmitry Peskov said the tanks were empty when the convoy arrived.')).toEqual({
      claimant: { name: 'Dmitry Peskov', kind: 'person', role: 'Kremlin spokesman' },
      attribution: 'paraphrase',
    });
  });

  it('carries a pronoun back to the person named before it', () => {
    expect(at('He added that the drivers had been warned twice.').claimant?.name).toBe('Dmitry Peskov');
  });

  it('fills an organisation and an anonymous source', () => {
    expect(at('The port authority said 40 tonnes of fuel were unloaded.').claimant).toMatchObject({ kind: 'organisation' });
    expect(at('According to a source who asked not to be named, the manifest was altered.').attribution).toBe('anonymous-source');
  });

  it('pre-fills an outlet or a document’s issuer as an organisation, not a person', () => {
    const article = 'A Reuters report said the tanks were empty. Channel 4 reported that the port was closed.';
    const prefills = claimantsOf(article).map((f) => prefillClaimant(f.claimant).claimant);
    expect(prefills).toEqual([
      { name: 'Reuters', kind: 'organisation', role: 'report' },
      { name: 'Channel 4', kind: 'organisation', role: '' },
    ]);
  });

  it('pre-fills nothing for a sentence that names no one', () => {
    expect(at('Fuel prices rose by 12 percent last year.')).toEqual({});
  });

  it('names no claimant for the outlet’s own assertion and a person for an unknown kind', () => {
    expect(prefillClaimant({ name: 'the outlet', kind: 'organisation', attribution: 'outlet' })).toEqual({
      attribution: 'outlet-assertion',
    });
    expect(prefillClaimant({ name: 'Aldmark', kind: 'unknown', attribution: 'paraphrase' })).toEqual({
      claimant: { name: 'Aldmark', kind: 'person', role: '' },
      attribution: 'paraphrase',
    });
  });
});
