import type { Attribution, ClaimStatus, SourceKind, Stance, VerdictGroup } from '../../../shared/model/claim-record';

/** Words the analyst reads for each stored value. */
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unstarted: 'Unstarted',
  'in-progress': 'In progress',
  'needs-review': 'Needs review',
  approved: 'Approved',
  inconclusive: 'Inconclusive',
};

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  'direct-quote': 'Direct quote',
  paraphrase: 'Paraphrase',
  'according-to': '“According to”',
  'anonymous-source': 'Anonymous source',
  'outlet-assertion': 'The outlet’s own assertion',
};

export const KIND_LABELS = { person: 'Person', organisation: 'Organisation' } as const;

export const GROUP_LABELS: Record<VerdictGroup, string> = { true: 'true', mixed: 'mixed', false: 'false', unverifiable: 'unverifiable' };

export const STANCE_LABELS: Record<Stance, string> = { supports: 'Supports', refutes: 'Refutes', context: 'Adds context' };

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'primary-document': 'Primary document',
  'official-statement': 'Official statement',
  'news-report': 'News report',
  expert: 'Expert',
  dataset: 'Dataset',
};
