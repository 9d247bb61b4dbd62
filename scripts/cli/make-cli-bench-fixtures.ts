// Writes what the command-line start-up figures are measured on: a 6 KB plain-text article and a
// store of 1,000 articles imported by the app's own import code. Usage:
//   npx tsx scripts/cli/make-cli-bench-fixtures.ts DIR
// then time `node bin/factmark.mjs segment DIR/article-6kb.txt` and `… list --store DIR/store`.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { importPlainText } from '../../main/import/import-article';
import { openStore } from '../../main/store';
import { generateArticle } from '../bench/generate-article';

const ARTICLES = 1000;
const dir = resolve(process.argv[2] ?? 'cli-bench');
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'article-6kb.txt'), generateArticle(6 * 1024));

const store = await openStore({ dir: join(dir, 'store'), defaultAnalyst: { id: 'bench', name: 'Bench' } });
try {
  const start = Date.UTC(2026, 0, 1);
  for (let n = store.listArticles().length; n < ARTICLES; n++) {
    const bytes = new TextEncoder().encode(generateArticle(6 * 1024, n + 1));
    const article = importPlainText({ fileName: `article-${n + 1}.txt`, bytes }, `bench-${n + 1}`, new Date(start + n * 60_000));
    await store.addArticle(article, bytes);
  }
} finally {
  await store.close();
}
console.log(`${join(dir, 'article-6kb.txt')}\n${join(dir, 'store')} (${ARTICLES} articles)`);
