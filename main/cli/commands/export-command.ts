import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Tag } from '../../../shared/model/annotation';
import { exportFormatSchema, EXPORT_FORMATS } from '../../../shared/report/export-format';
import { exportScopeSchema, type ExportScope } from '../../../shared/report/export-scope';
import { defaultAnalyst } from '../../profile/default-analyst';
import { buildExport } from '../../export/build-export';
import { createChromiumPdfRenderer } from '../../export/render-pdf-with-chromium';
import { readVerdictHistory } from '../../sync/read-history';
import { CliError, type CliIo } from '../cli-io';
import { openStoreReporting } from '../report-store-messages';

/** The options `factmark export` reads. */
export interface ExportOptions {
  format?: string;
  out?: string;
  org?: string;
  urlPattern?: string;
  /** Comma-separated tags: the reader's filter. */
  tags?: string;
  /** Comma-separated analyst ids; `adjudicated` names the adjudicated layer. */
  analysts?: string;
  /** Whose review decisions form the adjudicated layer (the store's analyst when absent). */
  reviewer?: string;
}

/**
 * `factmark export DOC_ID --format html|pdf|md|csv|w3c|claimreview --out FILE`: writes the
 * export of every analyst's annotations (or those `--tags` and `--analysts` pick) to FILE,
 * replacing it whole or not at all. `--analysts adjudicated` includes the layer a reviewer's
 * accepted decisions form (`--reviewer ID`'s, else the one reviewer who accepted any). What was left out (a ClaimReview's skipped claims, with the
 * reason) goes to stderr; the exit code stays 0. Reads the store only.
 */
export async function exportCommand(documentId: string, options: ExportOptions, storeDir: string, io: CliIo): Promise<void> {
  const format = exportFormatSchema.safeParse(options.format);
  if (!format.success) throw new CliError(`usage: factmark export DOC_ID --format ${EXPORT_FORMATS.join('|')} --out FILE`, 2);
  if (!options.out) throw new CliError('usage: factmark export DOC_ID --format FORMAT --out FILE (--out is missing)', 2);
  const scope = parseScope(options);
  const store = await openStoreReporting({ dir: storeDir, defaultAnalyst: defaultAnalyst(), readOnly: true }, io);
  try {
    const settings = store.getSettings().organisation;
    const name = options.org ?? settings?.name;
    if (options.urlPattern !== undefined && !name) throw new CliError('--url-pattern needs an organisation: pass --org NAME too.', 2);
    const organisation = name
      ? { ...settings, name, ...(options.urlPattern !== undefined ? { reportUrlPattern: options.urlPattern } : {}) }
      : undefined;
    const result = await buildExport(
      {
        documentId,
        format: format.data,
        scope,
        organisation,
        withoutOrganisation: 'skip-all',
        ...(options.reviewer ? { reviewerId: options.reviewer } : {}),
      },
      { store, renderPdf: createChromiumPdfRenderer(), now: () => new Date(), verdictHistory: (id) => readVerdictHistory(storeDir, id) },
    );
    for (const note of result.notes) io.err(`factmark: ${note}`);
    await writeWhole(options.out, result.bytes);
    io.out(`Wrote ${options.out} (${result.bytes.byteLength} bytes).`);
  } finally {
    await store.close();
  }
}

function parseScope(options: ExportOptions): ExportScope {
  const list = (value: string | undefined) =>
    value
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const parsed = exportScopeSchema.safeParse({
    tags: list(options.tags)?.map((t) => t.toLowerCase() as Tag),
    analysts: list(options.analysts),
  });
  if (!parsed.success) throw new CliError('--tags takes claim, denial and evidence, separated by commas.', 2);
  return parsed.data;
}

/** Writes beside the target and renames, so an interrupted export never leaves half a file under FILE. */
async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: cannot be written (${code ?? String(error)}).`);
  }
}
