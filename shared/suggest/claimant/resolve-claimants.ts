import type { Claimant } from '../suggestion';
import type { ClaimantReading } from './describe-claimant';

/**
 * Settles claimants that a sentence names only by a pronoun or a surname, reading the article in
 * order: "he"/"she" is the last person named, "it"/"they"/"the statement" the last
 * organisation, a lone surname the person whose full name ended with it ("Wenholt" after
 * "Finance Minister Carla Wenholt") and "the governor" the person last named with that role,
 * keeping that person's role. A pronoun with no one before
 * it is left out rather than guessed. Takes one reading (or undefined) per sentence, in order;
 * returns one claimant (or undefined) per sentence.
 */
export function resolveClaimants(readings: readonly (ClaimantReading | undefined)[]): (Claimant | undefined)[] {
  let lastPerson: Claimant | undefined;
  let lastOrganisation: Claimant | undefined;
  // Keyed by name so a long article repeating its speakers keeps one entry each; the most
  // recently named comes first when looked up.
  const people = new Map<string, Claimant>();
  return readings.map((reading) => {
    if (!reading) return undefined;
    const { refersBack, ...claimant } = reading;
    let resolved: Claimant | undefined = claimant;
    if (refersBack === 'person') resolved = lastPerson && { ...lastPerson, attribution: claimant.attribution };
    else if (refersBack === 'organisation') resolved = lastOrganisation && { ...lastOrganisation, attribution: claimant.attribution };
    else if (refersBack === 'surname' || refersBack === 'role') {
      const word = claimant.name.toLowerCase();
      const known = [...people.values()]
        .reverse()
        .find((p) =>
          refersBack === 'surname' ? p.name.split(' ').at(-1) === claimant.name : (p.role ?? '').toLowerCase().split(' ').includes(word),
        );
      if (known) resolved = { ...known, attribution: claimant.attribution };
    }
    if (resolved?.kind === 'person') {
      lastPerson = resolved;
      if (resolved.name.includes(' ')) {
        people.delete(resolved.name);
        people.set(resolved.name, resolved);
      }
    }
    if (resolved?.kind === 'organisation') lastOrganisation = resolved;
    return resolved;
  });
}
