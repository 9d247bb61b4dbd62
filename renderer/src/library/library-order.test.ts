import { describe, expect, it } from 'vitest';
import type { ArticleOverview } from '../../../shared/model/article-overview';
import { arrangeLibrary, recentCards } from './library-order';

function card(
  id: string,
  over: { title?: string; importedAt?: string; published?: string; opened?: string; claims?: number; analyst?: string } = {},
): ArticleOverview {
  return {
    summary: {
      id,
      title: over.title ?? id,
      fileName: `${id}.txt`,
      importedAt: over.importedAt ?? '2026-01-01T00:00:00Z',
      characters: 100,
      ...(over.published ? { published: over.published } : {}),
    },
    displayTitle: over.title ?? id,
    tally: {
      tags: { claim: over.claims ?? 0, denial: 0, evidence: 0 },
      verdicts: { true: 0, mixed: 0, false: over.claims ?? 0, unverifiable: 0, unrated: 0 },
      statuses: over.claims ? ['in-progress'] : [],
      analysts: over.analyst ? [{ id: over.analyst, name: over.analyst }] : [],
    },
    ...(over.opened ? { lastOpened: { at: over.opened, offset: 0 } } : {}),
  };
}

const ids = (cards: ArticleOverview[]) => cards.map((c) => c.summary.id);

describe('arrangeLibrary', () => {
  const cards = [
    card('old', { title: 'Zebra crossing', importedAt: '2026-01-01T00:00:00Z', published: '2025-06-01', claims: 3, analyst: 'ana' }),
    card('new', { title: 'apple harvest', importedAt: '2026-03-01T00:00:00Z', opened: '2026-03-02T00:00:00Z' }),
    card('mid', {
      title: 'Mango prices',
      importedAt: '2026-02-01T00:00:00Z',
      published: '2025-09-01',
      claims: 1,
      opened: '2026-03-05T00:00:00Z',
    }),
  ];

  it('lists the newest import first by default', () => {
    expect(ids(arrangeLibrary(cards, 'added', {}))).toEqual(['new', 'mid', 'old']);
  });

  it('sorts titles A to Z ignoring case, and puts articles without a publication date last', () => {
    expect(ids(arrangeLibrary(cards, 'title', {}))).toEqual(['new', 'mid', 'old']);
    expect(ids(arrangeLibrary(cards, 'published', {}))).toEqual(['mid', 'old', 'new']);
  });

  it('puts the most annotated and the last opened first', () => {
    expect(ids(arrangeLibrary(cards, 'annotated', {}))).toEqual(['old', 'mid', 'new']);
    expect(ids(arrangeLibrary(cards, 'opened', {}))).toEqual(['mid', 'new', 'old']);
  });

  it('keeps only articles with the tag, status, verdict or analyst filtered on', () => {
    expect(ids(arrangeLibrary(cards, 'added', { tag: 'claim' }))).toEqual(['mid', 'old']);
    expect(ids(arrangeLibrary(cards, 'added', { analyst: 'ana' }))).toEqual(['old']);
    expect(ids(arrangeLibrary(cards, 'added', { verdict: 'true' }))).toEqual([]);
    expect(ids(arrangeLibrary(cards, 'added', { status: 'in-progress', verdict: 'false' }))).toEqual(['mid', 'old']);
  });
});

describe('recentCards', () => {
  it('lists only opened articles, most recent first, up to the limit', () => {
    const cards = [card('a', { opened: '2026-01-01T00:00:00Z' }), card('b'), card('c', { opened: '2026-02-01T00:00:00Z' })];
    expect(ids(recentCards(cards, 5))).toEqual(['c', 'a']);
    expect(ids(recentCards(cards, 1))).toEqual(['c']);
  });
});
