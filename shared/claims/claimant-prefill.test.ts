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

  it('names no claimant for the outlet’s own assertion, nor for one it cannot tell person from organisation', () => {
    expect(prefillClaimant({ name: 'the outlet', kind: 'organisation', attribution: 'outlet' })).toEqual({
      attribution: 'outlet-assertion',
    });
    expect(prefillClaimant({ name: 'Aldmark', kind: 'unknown', attribution: 'paraphrase' })).toEqual({ attribution: 'paraphrase' });
  });

  it('on the Firstpost seed sentences, types no report, source, country or capital as a person', () => {
    const article = [
      '“Days before the attack in Russia, Tehran shared information with Moscow about a possible big terrorist attack inside Russia,” a source said, according to a report.',
      'The Islamic State militant group claimed responsibility for the violence.',
      'Iran’s foreign ministry did not reply to a request for comment on this story.',
      'A source familiar with the U.S. intelligence on an impending attack in Russia said it was based on interceptions of “chatter” among ISIS-K militants.',
      'Challenging the U.S. assertions, Russia has said it believes Ukraine was linked to the attack, without providing evidence.',
      'Kyiv has strongly denied the assertion.',
      'A diplomatic source in Tajikistan confirmed that Tehran had recently discussed with Dushanbe the issue of increased involvement of ethnic Tajiks in militant activities.',
      'In 2022 Islamic State claimed responsibility for a deadly attack on a Shi’ite shrine in Iran that killed 13 people.',
    ].join(' ');
    expect(claimantsOf(article).map((f) => prefillClaimant(f.claimant))).toEqual([
      { attribution: 'anonymous-source' },
      { claimant: { name: 'Islamic State militant group', kind: 'organisation', role: '' }, attribution: 'paraphrase' },
      { claimant: { name: 'Iran’s foreign ministry', kind: 'organisation', role: '' }, attribution: 'paraphrase' },
      { attribution: 'anonymous-source' },
      { claimant: { name: 'Russia', kind: 'organisation', role: '' }, attribution: 'paraphrase' },
      { claimant: { name: 'Kyiv', kind: 'organisation', role: '' }, attribution: 'paraphrase' },
      { attribution: 'anonymous-source' },
      { claimant: { name: 'Islamic State', kind: 'organisation', role: '' }, attribution: 'paraphrase' },
    ]);
  });
});
