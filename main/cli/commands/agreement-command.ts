import { computeAgreement, type AgreementEstimate, type AgreementReport, type TeamAgreement } from '../../../shared/agreement';
import { toPlainText } from '../../../shared/text/plain-text';
import { defaultAnalyst } from '../../profile/default-analyst';
import { listLayerAnalysts } from '../../store';
import type { CliIo } from '../cli-io';
import { openStoreReporting } from '../report-store-messages';

/**
 * `factmark agreement DOC_ID`: sentence-level agreement between every analyst with a layer on
 * the document, as JSON (see `agreementJson`). Reads only. An unknown id fails with the
 * store's message; layer files that name nobody are reported on stderr and left out.
 */
export async function agreementCommand(documentId: string, storeDir: string, io: CliIo): Promise<void> {
  const store = await openStoreReporting({ dir: storeDir, defaultAnalyst: defaultAnalyst(), readOnly: true }, io);
  try {
    const article = await store.getArticle(documentId);
    const { analysts, unreadable } = await listLayerAnalysts(store.dir, documentId);
    for (const path of unreadable) io.err(`factmark: ${path}: cannot tell whose annotations these are; left out.`);
    const layers = [];
    for (const id of analysts) layers.push({ analyst: id, annotations: await store.getLayer(documentId, { id, name: id }) });
    const report = computeAgreement(article.blocks, layers);
    io.out(JSON.stringify(agreementJson(documentId, toPlainText(article.blocks), report), null, 2));
  } finally {
    await store.close();
  }
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The command's output: `units`, `analysts`, `pairs` (`kappa`, `kappa_tagged`, `observed`,
 * `expected` for all sentences, `units`, and `tagged` with the figures over tagged sentences),
 * `fleiss_kappa`, `krippendorff_alpha` (with `fleiss` and `krippendorff` holding observed,
 * expected and units), `per_tag` with the same for each tag against the rest, `unplaced`
 * annotations per analyst, and the counted `sentences` with each analyst's label. A figure that
 * is null has a sibling `<name>_reason`.
 */
export function agreementJson(documentId: string, text: string, report: AgreementReport): Json {
  return {
    document: documentId,
    units: report.sentences.length,
    analysts: report.analysts,
    ...teamJson(report),
    per_tag: Object.fromEntries(Object.entries(report.perTag).map(([tag, team]) => [tag, teamJson(team)])),
    unplaced: Object.fromEntries(report.analysts.map((id, i) => [id, report.unplaced[i] ?? 0])),
    sentences: report.sentences.map((s) => ({
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      labels: Object.fromEntries(report.analysts.map((id, i) => [id, s.labels[i] ?? 'none'])),
    })),
  };
}

function teamJson(team: TeamAgreement): { [key: string]: Json } {
  return {
    pairs: team.pairs.map((pair) => ({
      analysts: pair.analysts,
      ...figure('kappa', pair.kappa),
      ...figure('kappa_tagged', pair.kappaTagged),
      observed: pair.kappa.observed,
      expected: pair.kappa.expected,
      units: pair.kappa.units,
      tagged: { observed: pair.kappaTagged.observed, expected: pair.kappaTagged.expected, units: pair.kappaTagged.units },
    })),
    ...figure('fleiss_kappa', team.fleissKappa),
    ...figure('krippendorff_alpha', team.krippendorffAlpha),
    fleiss: parts(team.fleissKappa),
    krippendorff: parts(team.krippendorffAlpha),
  };
}

function figure(name: string, estimate: AgreementEstimate): { [key: string]: Json } {
  return estimate.reason === undefined ? { [name]: estimate.value } : { [name]: estimate.value, [`${name}_reason`]: estimate.reason };
}

function parts(estimate: AgreementEstimate): { [key: string]: Json } {
  return { observed: estimate.observed, expected: estimate.expected, units: estimate.units };
}
