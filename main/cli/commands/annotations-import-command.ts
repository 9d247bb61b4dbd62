import type { Annotation, Creator } from '../../../shared/model/annotation';
import { placeIncoming } from '../../../shared/exchange/place-incoming';
import { readWebAnnotations } from '../../../shared/exchange/read-web-annotations';
import { toPlainText } from '../../../shared/text/plain-text';
import { randomUUID } from 'node:crypto';
import { defaultAnalyst } from '../../profile/default-analyst';
import { CliError, type CliIo } from '../cli-io';
import { readInputFile } from '../read-input-file';
import { openStoreReporting } from '../report-store-messages';

/**
 * `factmark annotations import DOC_ID FILE [--as ANALYST]`: adds the W3C Web Annotations in FILE
 * to the document, each in its creator's layer (or ANALYST's), and names the layers by their
 * creators' names. All or nothing: a file that is not
 * JSON or has any malformed item is refused with every problem on stderr and nothing imported.
 * Annotations that cannot be placed with confidence are imported as orphans and listed. An
 * annotation whose id is already in the layer is replaced, so importing a file twice adds nothing.
 */
export async function annotationsImportCommand(
  documentId: string,
  file: string,
  as: string | undefined,
  storeDir: string,
  io: CliIo,
): Promise<void> {
  const bytes = await readInputFile(file);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new CliError(`${file}: not a JSON file (${error instanceof Error ? error.message : String(error)}); nothing imported.`);
  }
  const read = readWebAnnotations(json);
  if (!read.ok) throw new CliError(`${file}: refused, nothing imported:\n  ${read.problems.join('\n  ')}`);

  const store = await openStoreReporting({ dir: storeDir, defaultAnalyst: defaultAnalyst() }, io);
  try {
    const article = await store.getArticle(documentId);
    const me = store.getSettings().analyst;
    const analyst: Creator | undefined = as === undefined ? undefined : as === me.id ? me : { id: as, name: as };
    const placed = placeIncoming(read.annotations, {
      text: toPlainText(article.blocks),
      documentId,
      as: analyst,
      now: new Date().toISOString(),
      newId: randomUUID,
    });
    if (!placed.ok) throw new CliError(`${file}: refused, nothing imported:\n  ${placed.problems.join('\n  ')}`);
    for (const warning of read.warnings) io.err(`factmark: ${file}: ${warning}`);
    const byLayer = groupByCreator(placed.annotations);
    for (const [creator, annotations] of byLayer) await store.applyToLayer(documentId, creator, { upsert: annotations, remove: [] });
    // Analysts are named as the app shows them: by the creator's name the file gives, not the id.
    io.out(
      `Imported ${placed.annotations.length} annotations into "${article.metadata.title}" (${[...byLayer.keys()].map((c) => c.name).join(', ') || 'no layers'}).`,
    );
    if (placed.unplaced.length > 0) {
      io.out(`${placed.unplaced.length} could not be placed and were imported as orphans (the reader lists them under Needs attention):`);
      for (const { annotation, status } of placed.unplaced)
        io.out(`  ${annotation.id} (${status}): "${annotation.target.selector.quote.exact}"`);
    }
  } finally {
    await store.close();
  }
}

function groupByCreator(annotations: readonly Annotation[]): Map<Creator, Annotation[]> {
  const byId = new Map<string, { creator: Creator; annotations: Annotation[] }>();
  for (const a of annotations) {
    const layer = byId.get(a.creator.id) ?? { creator: a.creator, annotations: [] };
    layer.annotations.push(a);
    byId.set(a.creator.id, layer);
  }
  return new Map([...byId.values()].map((l) => [l.creator, l.annotations]));
}
