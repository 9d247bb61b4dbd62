// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../shared/model/article';
import type { Suggestion } from '../../../shared/suggest';
import { ReaderSession } from '../reader/reader-session';
import { SuggestionsController } from './suggestions-controller';

const article: Article = {
  schemaVersion: 1,
  id: 'doc',
  metadata: { title: 'Budget' },
  blocks: [{ type: 'paragraph', text: 'The budget doubled. A report shows it did not. Nobody commented.' }],
  source: {
    fileName: 'budget.txt',
    mediaType: 'text/plain',
    sha256: 'a'.repeat(64),
    byteLength: 70,
    importedAt: '2024-05-01T10:00:00.000Z',
  },
  cleaning: { dropped: [], restored: [] },
};

const suggestion = (start: number, end: number, tag: Suggestion['tag'], score: number): Suggestion => ({
  start,
  end,
  text: article.blocks[0]!.text.slice(start, end),
  tag,
  score,
  reasons: ['a number'],
});
const BEST = suggestion(0, 19, 'claim', 0.9);
const NEXT = suggestion(20, 46, 'evidence', 0.6);

/** Suggestions over a reader session; `fail` makes the suggester's one request fail. */
function openSuggestions(fail = false) {
  const requests = { count: 0 };
  const client = {
    'annotations:apply': async () => ({ savedAt: '2024-05-01T10:00:01.000Z' }),
    'document:suggest': async () => {
      requests.count++;
      if (fail) throw new Error('The suggester stopped.');
      return { suggestions: [BEST, NEXT], claimants: [] };
    },
  };
  const session = new ReaderSession({ article, annotations: [] }, { id: 'ana', name: 'Ana' }, client, { confirmRemoval: async () => null });
  return { session, suggestions: new SuggestionsController(session, client), requests };
}

const tags = (session: ReaderSession) =>
  session.annotations.getSnapshot().annotations.map((a) => [a.body.tag, a.target.selector.quote.exact]);

describe('SuggestionsController', () => {
  it('fetches the suggestions once, however often they are asked for', async () => {
    const { suggestions, requests } = openSuggestions();
    await Promise.all([suggestions.load(), suggestions.load()]);
    await suggestions.load();
    expect(requests.count).toBe(1);
    expect(suggestions.openList()).toEqual([BEST, NEXT]);
  });

  it('says why when the suggester fails, and asks again next time', async () => {
    const { suggestions, requests } = openSuggestions(true);
    await suggestions.load();
    expect(suggestions.getSnapshot().state).toEqual({ status: 'failed', error: 'The suggester stopped.' });
    await suggestions.load();
    expect(requests.count).toBe(2);
  });

  it('while shown, selects the current suggestion; A tags it and moves on to the next', async () => {
    const { session, suggestions } = openSuggestions();
    suggestions.setShown(true);
    await vi.waitFor(() => expect(session.getSnapshot().selection.range).toEqual({ start: 0, end: 19 }));
    suggestions.accept();
    expect(tags(session)).toEqual([['claim', 'The budget doubled.']]);
    expect(session.getSnapshot().notice).toBe('Accepted: claim');
    expect(suggestions.openList()).toEqual([NEXT]);
    expect(session.getSnapshot().selection.range).toEqual({ start: 20, end: 46 });
  });

  it('X sets the current suggestion aside without tagging anything', async () => {
    const { session, suggestions } = openSuggestions();
    suggestions.setShown(true);
    await vi.waitFor(() => expect(suggestions.openList()).toHaveLength(2));
    suggestions.dismiss();
    expect(suggestions.openList()).toEqual([NEXT]);
    expect(tags(session)).toEqual([]);
    expect(session.getSnapshot().notice).toBe('Suggestion dismissed');
  });

  it('tags nothing from a key while the suggestions are not shown', async () => {
    const { session, suggestions } = openSuggestions();
    await suggestions.load();
    suggestions.accept();
    expect(tags(session)).toEqual([]);
    expect(session.getSnapshot().notice).toBe('Press S to see the suggestions first');
  });

  it('A acts on the suggestion on the selected sentence, and on none when the selection has none', async () => {
    const { session, suggestions } = openSuggestions();
    suggestions.setShown(true);
    await vi.waitFor(() => expect(session.getSnapshot().selection.range).toEqual({ start: 0, end: 19 }));
    session.cursor.move(1, false);
    suggestions.accept();
    expect(tags(session)).toEqual([['evidence', 'A report shows it did not.']]);
    session.cursor.move(1, false);
    suggestions.accept();
    expect(tags(session)).toEqual([['evidence', 'A report shows it did not.']]);
    expect(session.getSnapshot().notice).toBe('No suggestion on the selection: choose one in the list');
  });
});
