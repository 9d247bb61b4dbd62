import type { Annotation, Creator, Tag } from '../model/annotation';
import type { BlockType } from '../model/article';
import type { Stance, VerdictGroup } from '../model/claim-record';
import type { VerdictChangeView } from './verdict-history';

/** A verdict as a report shows it: the label on its scale, read against the workspace's scales. */
export interface VerdictView {
  label: string;
  scaleId: string;
  /** The scale's name, or its id when this workspace lacks it. */
  scaleName: string;
  group?: VerdictGroup;
  /** On numeric scales: this rating's value and the scale's best and worst. */
  value?: number;
  best?: number;
  worst?: number;
  /** Why the verdict could not be read on its scale (an unknown label); shown, never hidden. */
  problem?: string;
  justification: string;
  decided: string;
}

/** Where an annotation sits in the text, or why it could not be placed. */
export type Placement = { status: 'placed'; start: number; end: number } | { status: 'orphan' | 'ambiguous' };

/** A link from this annotation to a claim it bears on; `claimNumber` when that claim is in the report. */
export interface LinkView {
  claimId: string;
  claimNumber?: number;
  stance: Stance;
}

/** One annotation in the report, numbered: placed ones in document order, then the unplaced. */
export interface ReportEntry {
  number: number;
  annotation: Annotation;
  tag: Tag;
  placement: Placement;
  /** The text it covers now (placed) or its stored quote (unplaced). */
  quote: string;
  verdict?: VerdictView;
  /** Claims only, when the casebook's git history was asked for: every change of the verdict, oldest first. */
  verdictHistory?: VerdictChangeView[];
  links: LinkView[];
}

/** A stretch of a block's text with the tags painted on it, and the markers that follow it. */
export interface Run {
  text: string;
  tags: Tag[];
  /** The entries that end here (number and tag, for their marker). */
  markers: { number: number; tag: Tag }[];
}

export interface ReportBlock {
  type: BlockType;
  runs: Run[];
}

/** A piece of evidence or a denial bearing on a claim. */
export interface EvidenceView {
  number: number;
  tag: Tag;
  stance: Stance;
  quote: string;
}

/** One row of the claims table. */
export interface ClaimRow {
  number: number;
  entry: ReportEntry;
  /** The statement as checked, or the quote when the analyst wrote none. */
  statement: string;
  evidence: EvidenceView[];
  /** What the app warns about the sourcing of the claim's verdict ("The verdict rests on no named source…"); none without a verdict. */
  warnings: string[];
}

/** Everything the HTML, Markdown and CSV renderers need; built once by `buildReport`. */
export interface ReportModel {
  documentId: string;
  title: string;
  outlet?: string;
  byline?: string;
  /** The publication date as shown (the article's own words where kept). */
  date?: string;
  /** The publication date as an ISO date or date-time, when the article gave one. */
  published?: string;
  url?: string;
  /** The article's language (BCP 47), so the report picks its script's faces and Han forms. */
  lang?: string;
  analysts: Creator[];
  exportedAt: string;
  scope: string;
  blocks: ReportBlock[];
  entries: ReportEntry[];
  claims: ClaimRow[];
}
