import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../nlp/analyse-sentence';
import { extractClaimant } from './extract-claimant';

const claimantOf = (text: string) => extractClaimant(analyseSentence(text));

describe('extractClaimant', () => {
  it('reads a named person with a role speaking in quotation', () => {
    expect(claimantOf('Kremlin spokesman Dmitry Peskov said on Monday: "Russia has no plans to attack anyone."')).toEqual({
      name: 'Dmitry Peskov',
      kind: 'person',
      role: 'Kremlin spokesman',
      attribution: 'direct-quote',
    });
  });

  it('reads "according to" an organisation', () => {
    expect(claimantOf('Unemployment rose to 4.4 per cent, according to the ministry.')).toEqual({
      name: 'ministry',
      kind: 'organisation',
      attribution: 'according-to',
    });
  });

  it('reads an unnamed source as anonymous', () => {
    expect(claimantOf('A source said the deal was close.')).toMatchObject({ kind: 'unknown', attribution: 'anonymous' });
    expect(claimantOf('One patient, who asked not to be named, said she waited 19 hours.')).toMatchObject({ attribution: 'anonymous' });
  });

  it('reads a paraphrase, the subject of a denial, and an organisation by its head noun', () => {
    expect(claimantOf('The Finance Ministry rejected that accusation in a statement.')).toEqual({
      name: 'Finance Ministry',
      kind: 'organisation',
      attribution: 'paraphrase',
    });
    expect(claimantOf('The ministry did not respond to requests for comment.')).toMatchObject({ name: 'ministry', kind: 'organisation' });
  });

  it('reads a name in apposition to its role, and a role in apposition to a name', () => {
    expect(claimantOf("Pettifer's lawyer, Simon Ward, said his client denied any dishonesty.")).toMatchObject({
      name: 'Simon Ward',
      kind: 'person',
      role: "Pettifer's lawyer",
    });
    expect(claimantOf('"It is not supported," said Professor Lena Sjoberg, a pharmacologist at Karlholm University.')).toMatchObject({
      name: 'Lena Sjoberg',
      kind: 'person',
      role: 'pharmacologist',
    });
  });

  it('never takes a verb inside the quotation for the attribution', () => {
    expect(claimantOf('"We reject these findings entirely," council spokesman Vikram Dutt said.')).toMatchObject({
      name: 'Vikram Dutt',
      role: 'council spokesman',
      attribution: 'direct-quote',
    });
  });

  it('reaches the subject across a qualifier', () => {
    expect(claimantOf("Doctors at the city's main hospital said they had run out of insulin.")).toMatchObject({
      name: "Doctors at the city's main hospital",
    });
    expect(claimantOf('A nurse reached by phone said the generator had stopped.')).toMatchObject({ name: 'nurse', kind: 'person' });
  });

  it('leaves pronouns and bare surnames to be resolved', () => {
    expect(claimantOf('He said the figure was wrong.')).toMatchObject({ refersBack: 'person' });
    expect(claimantOf('It said no civilians had been harmed.')).toMatchObject({ refersBack: 'organisation' });
    expect(claimantOf('Wenholt said the rise was funded.')).toMatchObject({ name: 'Wenholt', kind: 'unknown', refersBack: 'surname' });
  });

  it('reads outlets and documents as organisations, never persons, naming who issued a document', () => {
    expect(claimantOf('A Reuters report said the tanks were empty.')).toEqual({
      name: 'Reuters',
      kind: 'organisation',
      role: 'report',
      attribution: 'paraphrase',
    });
    expect(claimantOf("According to the ministry's report, 40 tonnes were unloaded.")).toMatchObject({
      name: 'ministry',
      kind: 'organisation',
    });
    expect(claimantOf('The figures were wrong, according to Channel 4.')).toMatchObject({ name: 'Channel 4', kind: 'organisation' });
    expect(claimantOf('Channel 4 reported that the figures were wrong.')).toMatchObject({ name: 'Channel 4', kind: 'organisation' });
    expect(claimantOf('Sky News said the port was closed.')).toMatchObject({ name: 'Sky News', kind: 'organisation' });
    expect(claimantOf('The New York Times reported that the port was closed.')).toMatchObject({
      name: 'New York Times',
      kind: 'organisation',
    });
    expect(claimantOf('The BBC said the port was closed.')).toMatchObject({ name: 'BBC', kind: 'organisation' });
    expect(claimantOf('A report said the port was closed.')).toMatchObject({ kind: 'unknown' });
  });

  describe('on the Firstpost seed article', () => {
    it('takes the unnamed source speaking inside a report nobody is said to have issued', () => {
      expect(
        claimantOf(
          '“Days before the attack in Russia, Tehran shared information with Moscow about a possible big terrorist attack inside Russia,” a source said, according to a report',
        ),
      ).toEqual({ name: 'a source', kind: 'unknown', attribution: 'anonymous' });
    });

    it('reads a country or a capital speaking as an organisation, with no role', () => {
      expect(
        claimantOf(
          'Challenging the U.S. assertions, Russia has said it believes Ukraine was linked to the attack, without providing evidence.',
        ),
      ).toEqual({
        name: 'Russia',
        kind: 'organisation',
        attribution: 'paraphrase',
      });
      expect(claimantOf('Kyiv has strongly denied the assertion.')).toEqual({
        name: 'Kyiv',
        kind: 'organisation',
        attribution: 'paraphrase',
      });
    });

    it('keeps a place in a source’s qualifier out of the claimant', () => {
      expect(
        claimantOf(
          'A source familiar with the U.S. intelligence on an impending attack in Russia said it was based on interceptions of “chatter” among ISIS-K militants.',
        ),
      ).toEqual({
        name: 'A source familiar with the U.S. intelligence on an impending attack in Russia',
        kind: 'unknown',
        attribution: 'anonymous',
      });
      expect(
        claimantOf(
          'A diplomatic source in Tajikistan confirmed that Tehran had recently discussed with Dushanbe the issue of increased involvement.',
        ),
      ).toEqual({ name: 'A diplomatic source in Tajikistan', kind: 'unknown', attribution: 'anonymous' });
    });

    it('leaves a year before a name out of it, and joins a curly possessive to its noun', () => {
      expect(
        claimantOf('In 2022 Islamic State claimed responsibility for a deadly attack on a Shi’ite shrine in Iran that killed 13 people.'),
      ).toEqual({ name: 'Islamic State', kind: 'organisation', attribution: 'paraphrase' });
      expect(claimantOf('Iran’s foreign ministry did not reply to a request for comment on this story.')).toEqual({
        name: 'Iran’s foreign ministry',
        kind: 'organisation',
        attribution: 'paraphrase',
      });
    });
  });

  it('keeps a person whose name holds a country’s as a person', () => {
    expect(claimantOf('Michael Jordan said the figure was wrong.')).toMatchObject({ name: 'Michael Jordan', kind: 'person' });
  });

  it('finds no claimant where nobody speaks or the subject is only spoken to', () => {
    expect(claimantOf('Inspectors found fuel that did not appear on the manifest.')).toBeUndefined();
    expect(claimantOf('Residents were told to keep their windows closed.')).toBeUndefined();
  });
});
