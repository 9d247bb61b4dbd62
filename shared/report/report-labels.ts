import type { Tag } from '../model/annotation';
import type { Attribution, ClaimStatus, SourceKind, Stance } from '../model/claim-record';
import type { Placement, ReportEntry, VerdictView } from './report-model';

const TAG_NAMES: Record<Tag, string> = { claim: 'Claim', denial: 'Denial', evidence: 'Evidence' };

/** "Claim", "Denial", "Evidence". */
export function tagName(tag: Tag): string {
  return TAG_NAMES[tag];
}

/** The marker an entry has in the text and the lists: its tag's letter (the reader's badge) and number, "C1". */
export function markerLabel(entry: Pick<ReportEntry, 'tag' | 'number'>): string {
  return `${TAG_NAMES[entry.tag][0]}${entry.number}`;
}

/** How each tag is drawn, for the legend: the second cue besides colour. */
export const TAG_CUES: Record<Tag, string> = {
  claim: 'solid underline',
  denial: 'dashed rule below',
  evidence: 'diagonal hatching',
};

const STANCES: Record<Stance, string> = { supports: 'supports', refutes: 'refutes', context: 'gives context to' };

/** The stance as a verb phrase: "E2 refutes C1". */
export function stanceVerb(stance: Stance): string {
  return STANCES[stance];
}

const STATUSES: Record<ClaimStatus, string> = {
  unstarted: 'Unstarted',
  'in-progress': 'In progress',
  'needs-review': 'Needs review',
  approved: 'Approved',
  inconclusive: 'Inconclusive',
};

/** A claim status in the app's words ("Unstarted", "In progress"), as the claim record shows it. */
export function statusName(status: ClaimStatus): string {
  return STATUSES[status];
}

const ATTRIBUTIONS: Record<Attribution, string> = {
  'direct-quote': 'direct quote',
  paraphrase: 'paraphrase',
  'according-to': 'according to',
  'anonymous-source': 'anonymous source',
  'outlet-assertion': "the outlet's own assertion",
};

export function attributionName(attribution: Attribution): string {
  return ATTRIBUTIONS[attribution];
}

const SOURCE_KINDS: Record<SourceKind, string> = {
  'primary-document': 'primary document',
  'official-statement': 'official statement',
  'news-report': 'news report',
  expert: 'expert',
  dataset: 'dataset',
};

export function sourceKindName(kind: SourceKind): string {
  return SOURCE_KINDS[kind];
}

/** "Mostly False (Truth-O-Meter (six levels), 3 of 6; group false)", or the label with the reason it cannot be read. */
export function describeVerdict(verdict: VerdictView): string {
  const scale =
    verdict.value !== undefined && verdict.best !== undefined
      ? `${verdict.scaleName}, ${verdict.value} of ${verdict.best}`
      : verdict.scaleName;
  const group = verdict.group ? `; counts as ${verdict.group}` : '';
  const problem = verdict.problem ? `; cannot be read: ${verdict.problem}` : '';
  return `${verdict.label} (${scale}${group}${problem})`;
}

/** Why an entry is not in the text, or undefined when it is. */
export function describeUnplaced(placement: Placement): string | undefined {
  switch (placement.status) {
    case 'placed':
      return undefined;
    case 'orphan':
      return 'Not placed: its quote is no longer in the article.';
    case 'ambiguous':
      return 'Not placed: its quote fits several places in the article.';
  }
}

/** An ISO date-time as "2026-11-27 10:00 UTC"; text that is not a date-time is returned as it is. */
export function formatTimestamp(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const utc = new Date(time).toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}
