import { TAGS, type Tag } from '../../model/annotation';
import { claimMemoryRows, reportSources, sourceProvenance } from '../claim-memory-lines';
import type { EvidenceSource } from '../../model/claim-record';
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
import type { ClaimRow, ReportBlock, ReportEntry, ReportModel, Run } from '../report-model';
import { escapeHtml as e, safeLinkHref } from './escape-html';
import { quoteOnce } from '../quote-once';
import { describeVerdictHistory } from '../verdict-history';
import { REPORT_CSS } from './report-styles';
import { textDirection } from '../../text/text-direction';

/**
 * The report as one self-contained HTML file: inline CSS, no script of any kind, nothing loaded
 * from anywhere (a Content-Security-Policy meta tag forbids it besides), every piece of article
 * and note text escaped. Markers in the text link to the numbered notes and back.
 */
export function renderHtml(report: ReportModel): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Factmark">
<title>${e(report.title)} — annotated report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${renderHeader(report)}
${renderLegend()}
<main class="article" aria-label="Article"${report.lang ? ` lang="${e(report.lang)}"` : ''}>
${report.blocks
  .filter((block) => !repeatsTitle(block, report.title))
  .map(renderBlock)
  .join('\n')}
</main>
${renderClaims(report.claims)}
${renderNotes(report.entries, report.lang)}
<footer>Exported by Factmark on ${e(formatTimestamp(report.exportedAt))}. ${e(report.scope)}.</footer>
</body>
</html>
`;
}

function renderHeader(report: ReportModel): string {
  const href = safeLinkHref(report.url);
  const rows: [string, string | undefined][] = [
    ['Outlet', report.outlet && e(report.outlet)],
    ['Byline', report.byline && e(report.byline)],
    ['Published', report.date && e(report.date)],
    ['URL', report.url && (href ? `<a href="${e(href)}">${e(report.url)}</a>` : e(report.url))],
    ['Analysts', report.analysts.length > 0 ? report.analysts.map((a) => e(a.name || a.id)).join(', ') : 'none'],
    ['Scope', e(report.scope)],
    ['Exported', e(formatTimestamp(report.exportedAt))],
  ];
  return `<header>
<p class="kicker">Factmark annotated report</p>
<h1>${e(report.title)}</h1>
<dl class="meta">
${rows.flatMap(([k, v]) => (v ? [`<dt>${k}</dt><dd>${v}</dd>`] : [])).join('\n')}
</dl>
</header>`;
}

function renderLegend(): string {
  const items = TAGS.map(
    (tag) => `<span>${badge(tag, tag[0]!.toUpperCase())}<span class="hl hl-${tag} sample">${tagName(tag)}</span> — ${TAG_CUES[tag]}</span>`,
  );
  return `<section class="legend" aria-label="Legend">${items.join('\n')}</section>`;
}

function badge(tag: Tag, text: string, attributes = ''): string {
  return attributes ? `<a class="badge badge-${tag}"${attributes}>${e(text)}</a>` : `<span class="badge badge-${tag}">${e(text)}</span>`;
}

/** The article's own title block, when it only repeats the heading above; kept if anything is marked on it. */
function repeatsTitle(block: ReportBlock, title: string): boolean {
  return (
    block.type === 'title' &&
    block.runs.every((run) => run.tags.length === 0 && run.markers.length === 0) &&
    block.runs.map((run) => run.text).join('') === title
  );
}

function renderBlock(block: ReportBlock): string {
  const inner = block.runs.map(renderRun).join('');
  // A block reads in its own text's direction, as in the reader; the badges inside it must not
  // decide that, so it is worked out from the text rather than left to dir="auto".
  const dir = textDirection(block.runs.map((run) => run.text).join('')) === 'rtl' ? ' dir="rtl"' : '';
  switch (block.type) {
    case 'heading':
      return `<h3${dir}>${inner}</h3>`;
    case 'blockquote':
      return `<blockquote${dir}><p>${inner}</p></blockquote>`;
    case 'caption':
      return `<p class="caption"${dir}>${inner}</p>`;
    case 'list-item':
      return `<p class="list-item"${dir}>${inner}</p>`;
    case 'title':
      return `<p${dir}><strong>${inner}</strong></p>`;
    case 'paragraph':
      return `<p${dir}>${inner}</p>`;
  }
}

function renderRun(run: Run): string {
  const text = run.tags.length === 0 ? e(run.text) : `<span class="hl ${run.tags.map((t) => `hl-${t}`).join(' ')}">${e(run.text)}</span>`;
  return text + run.markers.map((m) => badge(m.tag, markerLabel(m), ` id="m${m.number}" href="#n${m.number}"`)).join('');
}

function renderClaims(claims: readonly ClaimRow[]): string {
  if (claims.length === 0) return `<section class="claims"><h2>Claims</h2><p>No claims in this report.</p></section>`;
  const rows = claims.map((row) => {
    const claim = row.entry.annotation.body.claim;
    const claimant = claim?.claimant
      ? `${e(claim.claimant.name)}${claim.claimant.role ? `<br><span class="who">${e(claim.claimant.role)}</span>` : ''}`
      : '<span class="who">not recorded</span>';
    const verdict = row.entry.verdict
      ? `${e(row.entry.verdict.label)}<br><span class="verdict-group">${e(describeVerdict(row.entry.verdict).slice(row.entry.verdict.label.length + 1))}</span>`
      : '<span class="who">no verdict</span>';
    const warnings = row.warnings.map((w) => `<br><span class="source-warning">${e(w)}</span>`).join('');
    const evidence =
      row.evidence.length === 0
        ? '<span class="who">none linked</span>'
        : `<ul>${row.evidence.map((ev) => `<li>${badge(ev.tag, markerLabel(ev), ` href="#n${ev.number}"`)} ${stanceVerb(ev.stance)}: ${e(quoteOnce(ev.quote))}</li>`).join('')}</ul>`;
    return `<tr><td>${badge('claim', markerLabel(row.entry), ` href="#n${row.number}"`)}</td><td>${e(row.statement)}</td><td>${claimant}</td><td>${verdict}${warnings}</td><td>${evidence}</td></tr>`;
  });
  return `<section class="claims">
<h2>Claims</h2>
<table>
<thead><tr><th>#</th><th>Claim</th><th>Claimant</th><th>Verdict</th><th>Evidence and denials</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function renderNotes(entries: readonly ReportEntry[], lang: string | undefined): string {
  if (entries.length === 0) return `<section class="notes"><h2>Annotations and notes</h2><p>No annotations in this report.</p></section>`;
  return `<section class="notes">
<h2>Annotations and notes</h2>
<ol>
${entries.map((entry) => renderEntry(entry, lang)).join('\n')}
</ol>
</section>`;
}

/** One numbered note; its quote is the article's words, so it carries the article's language. */
function renderEntry(entry: ReportEntry, lang: string | undefined): string {
  const { annotation } = entry;
  const unplaced = describeUnplaced(entry.placement);
  const back = entry.placement.status === 'placed' ? ` <a class="back" href="#m${entry.number}">back to the text</a>` : '';
  const details = entryDetails(entry);
  return `<li id="n${entry.number}" class="tag-${entry.tag}">
${badge(entry.tag, markerLabel(entry))} <strong>${tagName(entry.tag)}</strong> <span class="who">by ${e(annotation.creator.name || annotation.creator.id)}, ${e(formatTimestamp(annotation.created))}</span>${back}
${unplaced ? `<p class="unplaced">${unplaced}</p>` : ''}
<blockquote${lang ? ` lang="${e(lang)}"` : ''}>${e(entry.quote)}</blockquote>
${annotation.body.note ? `<p class="note">${e(annotation.body.note)}</p>` : ''}
${details.length > 0 ? `<dl>${details.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>` : ''}
</li>`;
}

function entryDetails(entry: ReportEntry): [string, string][] {
  const rows: [string, string][] = [];
  const claim = entry.annotation.body.claim;
  if (claim) {
    if (claim.statement) rows.push(['Statement', e(claim.statement)]);
    if (claim.claimant)
      rows.push(['Claimant', e([claim.claimant.name, claim.claimant.role, claim.claimant.kind].filter(Boolean).join(', '))]);
    if (claim.attribution) rows.push(['Attribution', e(attributionName(claim.attribution))]);
    rows.push(['Status', e(statusName(claim.status))]);
  }
  if (entry.verdict) {
    rows.push(['Verdict', e(describeVerdict(entry.verdict))]);
    if (entry.verdict.justification) rows.push(['Justification', e(entry.verdict.justification)]);
  }
  if (entry.verdictHistory) rows.push(['Verdict history', e(describeVerdictHistory(entry.verdictHistory))]);
  for (const link of entry.links) {
    const target =
      link.claimNumber !== undefined
        ? `<a href="#n${link.claimNumber}">C${link.claimNumber}</a>`
        : `claim ${e(link.claimId)} (not in this report)`;
    rows.push(['Bears on', `${stanceVerb(link.stance)} ${target}`]);
  }
  for (const [label, text] of claimMemoryRows(entry.annotation)) rows.push([label, e(text)]);
  for (const source of reportSources(entry.annotation)) rows.push(['Source', renderSource(source)]);
  return rows;
}

function renderSource(source: EvidenceSource): string {
  const href = safeLinkHref(source.url);
  const title = e(source.title || source.url || 'untitled');
  const parts = [
    href ? `<a href="${e(href)}">${title}</a>` : title,
    source.publisher && e(source.publisher),
    e(sourceKindName(source.kind)),
    source.anonymous ? 'anonymous' : '',
    source.accessed ? `accessed ${e(source.accessed)}` : '',
    href || !source.url ? '' : e(source.url),
  ].filter(Boolean);
  const provenance = sourceProvenance(source).map((line) => `<br>${e(line)}`);
  return parts.join(' · ') + (source.excerpt ? `<br>${e(quoteOnce(source.excerpt))}` : '') + provenance.join('');
}
