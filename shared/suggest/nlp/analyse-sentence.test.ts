import { describe, expect, it } from 'vitest';
import { analyseSentence } from './analyse-sentence';

describe('analyseSentence', () => {
  it('gives tokens with lemmas and parts of speech, and entities with their token span', () => {
    const { tokens, entities } = analyseSentence('Finance Minister Carla Wenholt said the rise of 3.2 per cent was funded.');
    expect(tokens.find((t) => t.text === 'said')).toMatchObject({ lemma: 'say', pos: 'VERB' });
    const percent = entities.find((e) => e.type === 'PERCENT');
    expect(percent?.text).toBe('3.2 per cent');
    expect(tokens.slice(percent?.first, (percent?.last ?? 0) + 1).map((t) => t.text)).toEqual(['3.2', 'per', 'cent']);
  });

  it('reads a capitalised word inside the sentence as a name', () => {
    const { tokens } = analyseSentence("Pettifer's lawyer, Simon Ward, said so.");
    expect(tokens.find((t) => t.text === 'Ward')?.pos).toBe('PROPN');
  });

  it('reads a present-tense verb after its subject as a verb', () => {
    const { tokens } = analyseSentence('The ministry disputes that.');
    expect(tokens.find((t) => t.text === 'disputes')?.pos).toBe('VERB');
  });
});
