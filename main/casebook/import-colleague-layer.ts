import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserFacingError } from '../../shared/ipc/result';
import type { AnnotationLayer } from '../../shared/model/annotation-layer';
import { ADJUDICATED_ID } from '../../shared/review/analyst-layer';
import { makeDirectoryDurably, writeFileDurably } from '../store/durable-write';
import { setAside } from '../store/set-aside';
import { layerPath } from '../store/store-paths';
import { readColleagueFile, type PlacingContext } from './read-colleague-file';

/**
 * Stores a colleague's file (checked and read by `readColleagueFile`; a W3C export is placed on
 * the document's text with `placing`, without which it is refused) as their layer on the
 * document: `annotations/<document>/<colleague>.json`, written crash-safely. Refused
 * ('import-failed') when the file is the analyst's own layer or the adjudicated layer, so an
 * import can never replace work of this machine. A previous copy of the colleague's layer is set
 * aside under a timestamped name, never overwritten. Resolves with the layer stored.
 */
export async function importColleagueLayer(
  storeDir: string,
  myId: string,
  documentId: string,
  fileName: string,
  bytes: Uint8Array,
  placing?: PlacingContext,
): Promise<AnnotationLayer> {
  const layer = readColleagueFile(bytes, fileName, documentId, placing);
  if (layer.analyst.id === myId) {
    throw new UserFacingError(
      'import-failed',
      `"${fileName}" holds your own annotations (${layer.analyst.name}); only a colleague's file can be imported as their layer.`,
    );
  }
  if (layer.analyst.id === ADJUDICATED_ID) {
    throw new UserFacingError('import-failed', `"${fileName}" holds an adjudicated layer; import the analysts' own files instead.`);
  }
  const path = join(storeDir, layerPath(documentId, layer.analyst.id));
  if (await stat(path).catch(() => undefined)) await setAside(path);
  await makeDirectoryDurably(dirname(path), path);
  await writeFileDurably(path, JSON.stringify(layer));
  return layer;
}
