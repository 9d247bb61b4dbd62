import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleSchema, type Article } from '../../shared/model/article';
import { documentPath } from './store-paths';

/**
 * Articles whose document file is in `documents/` but whose id the library index lacks: what a
 * lost or rolled-back index would otherwise hide. The index is derivable from the documents, so
 * an article is never lost with it. Files that do not parse, or are not where their id says
 * they belong, are left alone (reading the article later reports them).
 */
export async function rediscoverArticles(storeDir: string, indexed: ReadonlySet<string>): Promise<Article[]> {
  const names = await readdir(join(storeDir, 'documents')).catch(() => [] as string[]);
  // Indexed articles' files are skipped unread: a casebook rescans on every change a colleague makes.
  const known = new Set([...indexed].map(documentPath));
  const found: Article[] = [];
  for (const name of names) {
    if (!name.endsWith('.json') || known.has(`documents/${name}`)) continue;
    const text = await readFile(join(storeDir, 'documents', name), 'utf8').catch(() => '');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      continue;
    }
    const parsed = articleSchema.safeParse(json);
    if (!parsed.success || indexed.has(parsed.data.id)) continue;
    if (documentPath(parsed.data.id) !== `documents/${name}`) continue;
    found.push(parsed.data);
  }
  return found;
}
