import { TAGS } from '../../model/annotation';
import { claimMemoryRows, reportSources, sourceProvenance } from '../claim-memory-lines';
import {
  attributionName,
  describeUnplaced,
  describeVerdict,
  formatTimestamp,
  markerLabel,
  sourceKindName,
  stanceVerb,
  statusName,
  TAG_CUES,
  tagName,
} from '../report-labels';
import type { ReportBlock, ReportEntry, ReportModel } from '../report-model';
import { quoteOnce } from '../quote-once';
import { describeVerdictHistory } from '../verdict-history';
import { escapeMarkdown as m } from './escape-markdown';

/**
 * The report in Markdown (CommonMark, with a GFM table for the claims): metadata, legend, the
 * article with a bold marker after each annotated passage ("**[C1]**"), the claims table, and a
 * list of the annotations under the same markers with their notes, claim records, links and
 * sources. Plain lists rather than footnotes, so every renderer shows the notes. Markdown has no
 * colour, so the tag's letter is the cue. All article and note text is escaped.
 */
export function renderMarkdown(report: ReportModel): string {
  const lines: string[] = [`# ${m(report.title)}`, '', '*Factmark annotated report*', ''];
  const meta: [string, string | undefined][] = [
    ['Outlet', report.outlet],
    ['Byline', report.byline],
    ['Published', report.date],
    ['URL', report.url],
    ['Analysts', report.analysts.length > 0 ? report.analysts.map((a) => a.name || a.id).join(', ') : 'none'],
    ['Scope', report.scope],
    ['Exported', formatTimestamp(report.exportedAt)],
  ];
  for (const [key, value] of meta) if (value) lines.push(`- **${key}:** ${m(value)}`);
  lines.push(
    '',
    `**Legend:** ${TAGS.map((t) => `**[${tagName(t)[0]}]** ${tagName(t).toLowerCase()} (${TAG_CUES[t]} in the HTML report)`).join(' · ')}`,
    '',
  );
  lines.push('## Article', '');
  for (const block of report.blocks) lines.push(renderBlock(block), '');
  lines.push(...renderClaims(report), '');
  lines.push('## Annotations and notes', '');
  if (report.entries.length === 0) lines.push('No annotations in this report.', '');
  for (const entry of report.entries) lines.push(...renderEntry(entry), '');
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function renderBlock(block: ReportBlock): string {
  const text = block.runs.map((run) => m(run.text) + run.markers.map((k) => ` **[${markerLabel(k)}]**`).join('')).join('');
  switch (block.type) {
    case 'heading':
      return `### ${text}`;
    case 'blockquote':
      return `> ${text}`;
    case 'list-item':
      return `- ${text}`;
    case 'caption':
      return `*${text}*`;
    case 'title':
      return `**${text}**`;
    case 'paragraph':
      return text;
  }
}

function renderClaims(report: ReportModel): string[] {
  const lines = ['## Claims', ''];
  if (report.claims.length === 0) return [...lines, 'No claims in this report.'];
  lines.push('| # | Claim | Claimant | Verdict | Evidence and denials |', '|---|---|---|---|---|');
  for (const row of report.claims) {
    const claim = row.entry.annotation.body.claim;
    const claimant = claim?.claimant ? m([claim.claimant.name, claim.claimant.role].filter(Boolean).join(', ')) : 'not recorded';
    const verdict = [
      row.entry.verdict ? m(describeVerdict(row.entry.verdict)) : 'no verdict',
      ...row.warnings.map((w) => `*${m(w)}*`),
    ].join('<br>');
    const evidence =
      row.evidence.length === 0
        ? 'none linked'
        : row.evidence.map((ev) => `${markerLabel(ev)} ${stanceVerb(ev.stance)}: ${quoted(ev.quote)}`).join('<br>');
    lines.push(`| ${markerLabel(row.entry)} | ${m(row.statement)} | ${claimant} | ${verdict} | ${evidence} |`);
  }
  return lines;
}

function renderEntry(entry: ReportEntry): string[] {
  const { annotation } = entry;
  const head = `- **[${markerLabel(entry)}] ${tagName(entry.tag)}** by ${m(annotation.creator.name || annotation.creator.id)}, ${formatTimestamp(annotation.created)}`;
  const body: string[] = [];
  const unplaced = describeUnplaced(entry.placement);
  if (unplaced) body.push(`*${unplaced}*`);
  body.push(quoted(entry.quote));
  if (annotation.body.note) body.push(`Note: ${m(annotation.body.note)}`);
  const claim = annotation.body.claim;
  if (claim) {
    if (claim.statement) body.push(`Statement: ${m(claim.statement)}`);
    if (claim.claimant)
      body.push(`Claimant: ${m([claim.claimant.name, claim.claimant.role, claim.claimant.kind].filter(Boolean).join(', '))}`);
    if (claim.attribution) body.push(`Attribution: ${attributionName(claim.attribution)}`);
    body.push(`Status: ${statusName(claim.status)}`);
  }
  if (entry.verdict) {
    body.push(`Verdict: ${m(describeVerdict(entry.verdict))}`);
    if (entry.verdict.justification) body.push(`Justification: ${m(entry.verdict.justification)}`);
  }
  if (entry.verdictHistory) body.push(`Verdict history: ${m(describeVerdictHistory(entry.verdictHistory))}`);
  for (const link of entry.links) {
    body.push(
      `Bears on: ${stanceVerb(link.stance)} ${link.claimNumber !== undefined ? `C${link.claimNumber}` : `claim ${m(link.claimId)} (not in this report)`}`,
    );
  }
  for (const [label, text] of claimMemoryRows(annotation)) body.push(`${label}: ${m(text)}`);
  for (const s of reportSources(annotation)) {
    const parts = [
      s.title || 'untitled',
      s.publisher,
      sourceKindName(s.kind),
      s.anonymous ? 'anonymous' : '',
      s.accessed ? `accessed ${s.accessed}` : '',
      s.url,
    ].filter(Boolean);
    body.push(`Source: ${m(parts.join(' · '))}${s.excerpt ? ` — ${quoted(s.excerpt)}` : ''}`);
    for (const line of sourceProvenance(s)) body.push(m(line));
  }
  // The item's other paragraphs, indented to the list item's content.
  return [head, ...body.flatMap((line) => ['', `  ${line}`])];
}

/** A quotation in curly quotes, escaped inside them, its own marks never doubled (see `quoteOnce`). */
function quoted(text: string): string {
  return quoteOnce(text) === text ? m(text) : `“${m(text)}”`;
}
