import type { Annotation } from '../model/annotation';
import type { Article } from '../model/article';
import { segmentText } from '../segment';
import { toPlainText } from '../text/plain-text';
import type { SearchField } from './search-hit';

/**
 * One searchable unit: a sentence, a title, a note, a claim record or a source. Sentences are
 * units of their own so a hit's offsets are exact and its snippet is the sentence.
 */
export interface SearchEntry {
  id: string;
  docId: string;
  field: SearchField;
  /** The unit's text, as searched and shown. */
  text: string;
  /** Where `text` starts in the plain text (sentences), or the annotated span (notes, claims, sources); null for titles. */
  start: number | null;
  end: number | null;
}

/** The entries an article's own text gives: its title and each sentence of its plain text. */
export function articleEntries(article: Pick<Article, 'id' | 'metadata' | 'blocks'>): SearchEntry[] {
  const text = toPlainText(article.blocks);
  const entries: SearchEntry[] = [
    { id: `${article.id}\u0000title`, docId: article.id, field: 'title', text: article.metadata.title, start: null, end: null },
  ];
  for (const { start, end } of segmentText(text)) {
    entries.push({
      id: `${article.id}\u0000text\u0000${start}`,
      docId: article.id,
      field: 'text',
      text: text.slice(start, end),
      start,
      end,
    });
  }
  return entries;
}

/**
 * The entries one analyst's layer gives: each note, each claim record (statement, claimant and
 * role, verdict and justification) and each cited source (title, publisher, address, excerpt).
 * Ids carry the analyst, so colleagues' layers are added and removed independently.
 */
export function layerEntries(docId: string, analystId: string, annotations: readonly Annotation[]): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const annotation of annotations) {
    const { start, end } = annotation.target.selector.position;
    const base = `${docId}\u0000${analystId}\u0000${annotation.id}`;
    const add = (field: SearchField, key: string, parts: readonly (string | undefined)[]): void => {
      const text = parts.filter((part): part is string => part !== undefined && part.trim() !== '').join(' — ');
      if (text !== '') entries.push({ id: `${base}\u0000${key}`, docId, field, text, start, end });
    };
    add('note', 'note', [annotation.body.note]);
    const claim = annotation.body.claim;
    if (claim !== undefined) {
      add('claim', 'claim', [
        claim.statement,
        claim.claimant?.name,
        claim.claimant?.role,
        claim.verdict?.label,
        claim.verdict?.justification,
      ]);
    }
    annotation.body.sources?.forEach((source, i) =>
      add('source', `source${i}`, [source.title, source.publisher, source.url, source.excerpt]),
    );
  }
  return entries;
}
