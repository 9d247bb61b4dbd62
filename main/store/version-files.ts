import { z } from 'zod';
import { articleSchema } from '../../shared/model/article';
import {
  LAYER_ANCHORING_SCHEMA_VERSION,
  layerAnchoringSchema,
  VERSIONS_SCHEMA_VERSION,
  versionsRecordSchema,
  type LayerAnchoring,
  type VersionsRecord,
} from '../../shared/versions/version-record';
import { createStoreFile, type StoreContext } from './store-context';
import type { StoreFileAdapter } from './store-file';
import { archivedVersionPath, layerAnchoringPath, versionsRecordPath } from './version-paths';

/** Version of an archived (no longer current) version's file. */
export const ARCHIVE_SCHEMA_VERSION = 1;

/** An earlier version of an article, kept whole so it can be read and compared. */
const archivedVersionSchema = z.strictObject({
  schemaVersion: z.literal(ARCHIVE_SCHEMA_VERSION),
  documentId: z.string().min(1),
  number: z.number().int().positive(),
  article: articleSchema,
});
export type ArchivedVersion = z.infer<typeof archivedVersionSchema>;

/** The store files of articles' versions, each checked to belong where it was found. */
export interface VersionFiles {
  /** The article's versions record; one adapter per article, kept. */
  record: (documentId: string) => StoreFileAdapter<VersionsRecord>;
  /** The analyst's anchoring file on the article; one adapter per file, kept. */
  anchoring: (documentId: string, analystId: string) => StoreFileAdapter<LayerAnchoring>;
  /** Archived version `number` of the article; a missing file is a problem (recovered from backups). */
  archive: (documentId: string, number: number) => StoreFileAdapter<ArchivedVersion>;
}

/** Opens the version files of the store in `context`. */
export function createVersionFiles(context: StoreContext): VersionFiles {
  const records = new Map<string, StoreFileAdapter<VersionsRecord>>();
  const anchorings = new Map<string, StoreFileAdapter<LayerAnchoring>>();
  return {
    record(documentId) {
      let file = records.get(documentId);
      if (!file) {
        const format = {
          schema: versionsRecordSchema,
          version: VERSIONS_SCHEMA_VERSION,
          check: (r: VersionsRecord) =>
            r.documentId === documentId ? undefined : `holds the versions of ${r.documentId}, not ${documentId}`,
        };
        file = createStoreFile(context, versionsRecordPath(documentId), format, { pretty: true });
        records.set(documentId, file);
      }
      return file;
    },

    anchoring(documentId, analystId) {
      const path = layerAnchoringPath(documentId, analystId);
      let file = anchorings.get(path);
      if (!file) {
        const format = {
          schema: layerAnchoringSchema,
          version: LAYER_ANCHORING_SCHEMA_VERSION,
          check: (a: LayerAnchoring) =>
            a.documentId === documentId && a.analystId === analystId
              ? undefined
              : `holds the layer of ${a.analystId} on ${a.documentId}, not of ${analystId} on ${documentId}`,
        };
        file = createStoreFile(context, path, format, { pretty: true });
        anchorings.set(path, file);
      }
      return file;
    },

    archive(documentId, number) {
      const format = {
        schema: archivedVersionSchema,
        version: ARCHIVE_SCHEMA_VERSION,
        check: (a: ArchivedVersion) =>
          a.documentId === documentId && a.number === number ? undefined : `holds version ${a.number} of ${a.documentId}`,
      };
      return createStoreFile(context, archivedVersionPath(documentId, number), format, { required: true });
    },
  };
}
