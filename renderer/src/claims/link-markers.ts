import { sortClaims } from '../../../shared/claims';
import type { Annotation } from '../../../shared/model/annotation';
import type { Stance } from '../../../shared/model/claim-record';
import type { LinkMarkerItem } from '../editor/reader-editor';

const STANCE_SIGN: Record<Stance, string> = { supports: '+', refutes: '−', context: '~' };
const STANCE_WORD: Record<Stance, string> = { supports: 'supports', refutes: 'refutes', context: 'adds context to' };

/** Claim numbers as the analyst sees them (C1, C2…): claims in `sortClaims` order, from 1. */
export function numberClaims(annotations: readonly Annotation[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const a of sortClaims(annotations.filter((a) => a.body.tag === 'claim'))) numbers.set(a.id, numbers.size + 1);
  return numbers;
}

/**
 * The markers typed links draw in the text: after each linked evidence or denial, one per link
 * ("−C2": refutes claim 2); after each claim that has links, its number and tallies
 * ("C2 +1 −2"). Links to claims that are gone draw nothing here; the sidebar reports them.
 */
export function linkMarkers(annotations: readonly Annotation[]): LinkMarkerItem[] {
  const numbers = numberClaims(annotations);
  const tallies = new Map<string, Record<Stance, number>>();
  const markers: LinkMarkerItem[] = [];
  for (const a of annotations) {
    for (const link of a.body.links ?? []) {
      const n = numbers.get(link.claim);
      if (n === undefined || a.body.tag === 'claim') continue;
      const tally = tallies.get(link.claim) ?? { supports: 0, refutes: 0, context: 0 };
      tally[link.stance] += 1;
      tallies.set(link.claim, tally);
      markers.push({
        key: `${a.id}>${link.claim}`,
        at: a.target.selector.position.end,
        label: `${STANCE_SIGN[link.stance]}C${n}`,
        description: `This ${a.body.tag} ${STANCE_WORD[link.stance]} claim ${n}`,
        kind: link.stance,
        annotationId: a.id,
      });
    }
  }
  for (const a of annotations) {
    const tally = tallies.get(a.id);
    const n = numbers.get(a.id);
    if (!tally || n === undefined) continue;
    const parts = (['supports', 'refutes', 'context'] as const).filter((s) => tally[s] > 0);
    markers.push({
      key: `claim:${a.id}`,
      at: a.target.selector.position.end,
      label: `C${n} ${parts.map((s) => `${STANCE_SIGN[s]}${tally[s]}`).join(' ')}`,
      description: `Claim ${n}: ${parts.map((s) => `${tally[s]} ${s === 'context' ? 'adding context' : s === 'supports' ? 'supporting' : 'refuting'}`).join(', ')}`,
      kind: 'claim',
      annotationId: a.id,
    });
  }
  return markers;
}

/** A cheap fingerprint of the markers, so an edit that changes no link redraws nothing. */
export function markersKey(markers: readonly LinkMarkerItem[]): string {
  return markers.map((m) => `${m.key}@${m.at}:${m.label}`).join('|');
}
