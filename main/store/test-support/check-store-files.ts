import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { annotationLayerSchema, LAYER_SCHEMA_VERSION } from '../../../shared/model/annotation-layer';
import { ARTICLE_SCHEMA_VERSION, articleSchema } from '../../../shared/model/article';
import { LIBRARY_SCHEMA_VERSION, libraryIndexSchema } from '../../../shared/model/library';
import { SETTINGS_SCHEMA_VERSION, settingsSchema } from '../../../shared/model/settings';
import { REVIEW_SCHEMA_VERSION, reviewFileSchema } from '../../../shared/review/review-file';
import {
  LAYER_ANCHORING_SCHEMA_VERSION,
  layerAnchoringSchema,
  VERSIONS_SCHEMA_VERSION,
  versionsRecordSchema,
} from '../../../shared/versions/version-record';
import { z } from 'zod';
import { compactionMarkSchema, LAYER_CHANGE_SCHEMA_VERSION, layerChangeSchema } from '../layer-changes';
import { parseStoredJson, type FileFormat } from '../parse-stored-json';

/** An archived version as far as this check needs: a whole article under its number. */
const archivedVersionShape = z.object({ schemaVersion: z.literal(1), number: z.number(), article: articleSchema });

function formatOf(relPath: string): FileFormat<unknown> | undefined {
  if (relPath === 'library.json') return { schema: libraryIndexSchema, version: LIBRARY_SCHEMA_VERSION };
  if (relPath === 'settings.json') return { schema: settingsSchema, version: SETTINGS_SCHEMA_VERSION };
  if (/^documents\/[^/]+\.json$/.test(relPath)) return { schema: articleSchema, version: ARTICLE_SCHEMA_VERSION };
  if (/^annotations\/[^/]+\/[^/]+\.json$/.test(relPath)) return { schema: annotationLayerSchema, version: LAYER_SCHEMA_VERSION };
  if (/^\.layer-changes\/[^/]+\/[^/]+\/\d{10}\.json$/.test(relPath))
    return { schema: layerChangeSchema, version: LAYER_CHANGE_SCHEMA_VERSION };
  if (/^\.layer-changes\/[^/]+\/[^/]+\/compacted\.json$/.test(relPath))
    return { schema: compactionMarkSchema, version: LAYER_CHANGE_SCHEMA_VERSION };
  if (/^annotations\/[^/]+\/reviews\/[^/]+\.json$/.test(relPath)) return { schema: reviewFileSchema, version: REVIEW_SCHEMA_VERSION };
  if (/^versions\/[^/]+\/versions\.json$/.test(relPath)) return { schema: versionsRecordSchema, version: VERSIONS_SCHEMA_VERSION };
  if (/^versions\/[^/]+\/anchored\/[^/]+\.json$/.test(relPath))
    return { schema: layerAnchoringSchema, version: LAYER_ANCHORING_SCHEMA_VERSION };
  if (/^versions\/[^/]+\/\d+\.json$/.test(relPath)) return { schema: archivedVersionShape, version: 1 };
  return undefined;
}

/**
 * Checks every file of a closed store: each data file and backup parses and validates, each
 * source matches its hash, and nothing else is there (no lock, no leftover temp file, nothing
 * set aside). Backup copies still named `.partial` are skipped: a cut-off rotation leaves them,
 * and the next rotation overwrites them. Returns one line per problem; empty means all is well.
 */
export async function findStoreFileProblems(dir: string): Promise<string[]> {
  const problems: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const relPath = relative(dir, path).split('\\').join('/');
    if (relPath.startsWith('backups/') && relPath.endsWith('.partial')) continue;
    if (relPath.startsWith('sources/')) {
      const hash = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
      if (`sources/${hash}` !== relPath) problems.push(`${relPath} does not match its hash`);
      continue;
    }
    const dataPath = relPath.startsWith('backups/') ? relPath.slice('backups/'.length).replace(/\.\d+$/, '') : relPath;
    const format = formatOf(dataPath);
    if (!format) {
      problems.push(`${relPath} should not be there`);
      continue;
    }
    const parsed = parseStoredJson(await readFile(path, 'utf8'), format);
    if (!parsed.ok) problems.push(`${relPath} ${parsed.problem}`);
  }
  return problems;
}
