import { describe, expect, it } from 'vitest';
import { resolveClaimants } from './resolve-claimants';

describe('resolveClaimants', () => {
  it('resolves pronouns, surnames and roles to who was named before', () => {
    const peskov = { name: 'Dmitry Peskov', kind: 'person', role: 'Kremlin spokesman', attribution: 'paraphrase' } as const;
    const ministry = { name: 'Finance Ministry', kind: 'organisation', attribution: 'paraphrase' } as const;
    expect(
      resolveClaimants([
        peskov,
        undefined,
        ministry,
        { name: 'He', kind: 'person', attribution: 'direct-quote', refersBack: 'person' },
        { name: 'it', kind: 'organisation', attribution: 'paraphrase', refersBack: 'organisation' },
        { name: 'Peskov', kind: 'unknown', attribution: 'paraphrase', refersBack: 'surname' },
        { name: 'spokesman', kind: 'person', attribution: 'paraphrase', refersBack: 'role' },
      ]),
    ).toEqual([peskov, undefined, ministry, { ...peskov, attribution: 'direct-quote' }, ministry, peskov, peskov]);
  });

  it('leaves out a pronoun with nobody before it, and keeps an unknown surname as it is', () => {
    expect(
      resolveClaimants([
        { name: 'She', kind: 'person', attribution: 'paraphrase', refersBack: 'person' },
        { name: 'Aldmark', kind: 'unknown', attribution: 'paraphrase', refersBack: 'surname' },
      ]),
    ).toEqual([undefined, { name: 'Aldmark', kind: 'unknown', attribution: 'paraphrase' }]);
  });
});
