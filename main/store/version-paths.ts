import { toSafeFileName } from './safe-file-name';

/** The versions record of an article, relative to the store folder. */
export function versionsRecordPath(documentId: string): string {
  return `versions/${toSafeFileName(documentId)}/versions.json`;
}

/** One analyst's anchoring file on an article (see `LayerAnchoring`), relative to the store folder. */
export function layerAnchoringPath(documentId: string, analystId: string): string {
  return `versions/${toSafeFileName(documentId)}/anchored/${toSafeFileName(analystId)}.json`;
}

/** Where version `number` of an article is archived once a newer one replaces it. */
export function archivedVersionPath(documentId: string, number: number): string {
  return `versions/${toSafeFileName(documentId)}/${number}.json`;
}
