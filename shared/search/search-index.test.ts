import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation';
import type { Article } from '../model/article';
import { toPlainText } from '../text/plain-text';
import { SearchIndex } from './search-index';

function article(id: string, title: string, paragraphs: string[]): Pick<Article, 'id' | 'metadata' | 'blocks'> {
  return { id, metadata: { title }, blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) };
}

const HARBOUR = article('harbour', 'Port says tanks were full', [
  'The port said its tanks were full. Invoices show one delivery of 180,000 litres.',
  'The Ministère de la Santé said the water was safe. The mayor asked for a review of the port.',
]);
const BEIJING = article('beijing', '北京新闻', ['中国政府宣布了新的水政策。市民对此表示欢迎。']);
const BANGKOK = article('bangkok', 'ข่าวกรุงเทพ', ['รัฐบาลประกาศนโยบายน้ำใหม่ในปีนี้']);

function annotation(doc: Pick<Article, 'id' | 'blocks'>, quote: string, body: Partial<Annotation['body']>): Annotation {
  const text = toPlainText(doc.blocks);
  const start = text.indexOf(quote);
  return {
    schemaVersion: 1,
    id: `a-${start}`,
    documentId: doc.id,
    creator: { id: 'colin', name: 'Colin Colleague' },
    created: '2026-01-01T10:00:00.000Z',
    modified: '2026-01-01T10:00:00.000Z',
    body: { tag: 'claim', note: '', ...body },
    target: {
      source: doc.id,
      selector: {
        quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + quote.length },
      },
    },
  };
}

function indexOf(...articles: Pick<Article, 'id' | 'metadata' | 'blocks'>[]): SearchIndex {
  const index = new SearchIndex();
  for (const a of articles) index.putArticle(a);
  return index;
}

const spanned = (doc: Pick<Article, 'blocks'>, hit: { start: number | null; end: number | null }) =>
  toPlainText(doc.blocks).slice(hit.start ?? 0, hit.end ?? 0);

describe('SearchIndex', () => {
  it('finds words whatever their case and accents', () => {
    const index = indexOf(HARBOUR);
    const [hit] = index.search('ministere de la sante');
    expect(hit).toMatchObject({ docId: 'harbour', field: 'text', snippet: 'The Ministère de la Santé said the water was safe.' });
    expect(spanned(HARBOUR, hit!)).toBe('Ministère de la Santé');
    expect(index.search('MINISTÈRE')).toHaveLength(1);
  });

  it('spans from the first to the last query word matched in the sentence', () => {
    const hits = indexOf(HARBOUR).search('tanks port');
    expect(hits.map((h) => h.field)).toEqual(['title', 'text']);
    expect(spanned(HARBOUR, hits[1]!)).toBe('port said its tanks');
  });

  it('needs every query word, and reads the last as the start of a word', () => {
    const index = indexOf(HARBOUR);
    expect(index.search('tanks mayor')).toEqual([]);
    expect(spanned(HARBOUR, index.search('invoic')[0]!)).toBe('Invoices');
  });

  it('finds Chinese and Thai text without spaces, with exact offsets', () => {
    const index = indexOf(HARBOUR, BEIJING, BANGKOK);
    const [chinese] = index.search('政府');
    expect(chinese).toMatchObject({ docId: 'beijing', field: 'text' });
    expect(spanned(BEIJING, chinese!)).toBe('政府');
    expect(spanned(BEIJING, index.search('水政策')[0]!)).toBe('水政策');
    const [thai] = index.search('นโยบาย');
    expect(thai).toMatchObject({ docId: 'bangkok' });
    expect(spanned(BANGKOK, thai!)).toBe('นโยบาย');
    expect(index.search('北京')[0]).toMatchObject({ docId: 'beijing', field: 'title', start: null, end: null });
  });

  it('ranks a title match above the same word in a sentence, and a closer match above a looser one', () => {
    const index = indexOf(HARBOUR, article('review', 'The review', ['Nothing new here. The port is open.']));
    expect(index.search('review').map((h) => [h.docId, h.field])).toEqual([
      ['review', 'title'],
      ['harbour', 'text'],
    ]);
    expect(index.search('port').map((h) => h.snippet)).toEqual([
      'Port says tanks were full',
      'The port is open.',
      'The port said its tanks were full.',
      'The mayor asked for a review of the port.',
    ]);
  });

  it('returns at most the limit asked for, best first', () => {
    const index = indexOf(HARBOUR);
    const all = index.search('the');
    expect(all.length).toBeGreaterThan(2);
    expect(index.search('the', 2)).toEqual(all.slice(0, 2));
    expect(all.map((h) => h.score)).toEqual([...all.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('finds notes, claim records and sources at the annotation they belong to', () => {
    const index = indexOf(HARBOUR);
    const claim = annotation(HARBOUR, 'The port said its tanks were full.', {
      note: 'Ask the harbourmaster for the log',
      claim: {
        statement: 'The port’s tanks were full',
        claimant: { name: 'Port Authority', kind: 'organisation', role: '' },
        status: 'unstarted',
      },
    });
    const evidence = annotation(HARBOUR, 'Invoices show one delivery of 180,000 litres.', {
      tag: 'evidence',
      sources: [
        {
          url: 'https://example.org/invoices',
          title: 'Delivery invoices',
          publisher: 'Harbour Board',
          excerpt: '',
          kind: 'primary-document',
          anonymous: false,
        },
      ],
    });
    index.putLayer('harbour', 'colin', [claim, evidence]);
    expect(index.search('harbourmaster')[0]).toMatchObject({
      field: 'note',
      start: claim.target.selector.position.start,
      end: claim.target.selector.position.end,
    });
    expect(index.search('port authority')[0]).toMatchObject({ field: 'claim', snippet: 'The port’s tanks were full — Port Authority' });
    expect(index.search('harbour board')[0]).toMatchObject({ field: 'source', start: evidence.target.selector.position.start });
  });

  it('updates one layer or one article without rebuilding', () => {
    const index = indexOf(HARBOUR, BEIJING);
    const noted = annotation(HARBOUR, 'The mayor asked for a review of the port.', { note: 'Call the mayor’s office' });
    index.putLayer('harbour', 'colin', [noted]);
    index.putLayer('harbour', 'alice', [{ ...noted, id: 'alice-1', body: { ...noted.body, note: 'office hours' } }]);
    expect(index.search('office').filter((h) => h.field === 'note')).toHaveLength(2);
    index.removeLayer('harbour', 'colin');
    expect(index.search('office').map((h) => h.snippet)).toEqual(['office hours']);
    index.putArticle(article('harbour', 'Port retracts', ['The port retracted its statement.']));
    expect(index.search('invoices')).toEqual([]);
    expect(index.search('retracted')[0]).toMatchObject({ docId: 'harbour', title: 'Port retracts' });
    expect(index.search('office')).toHaveLength(1);
    index.removeArticle('harbour');
    expect(index.search('office')).toEqual([]);
    expect(index.search('政府')).toHaveLength(1);
  });
});
