// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Input } from '../../../shared/ipc/contract';
import type { SimilarMatchView } from '../../../shared/ipc/similar-contract';
import type { Article } from '../../../shared/model/article';
import type { RatingScale } from '../../../shared/model/rating-scale';
import { PRESET_SCALES } from '../../../shared/verdict/preset-scales';
import { ReaderSession } from '../reader/reader-session';
import { copiedVerdict, referenceTo, withCopiedSources } from './claim-memory-edits';
import { SimilarController, type SimilarClient } from './similar-controller';
import { requestSimilar } from './similar-requests';

const article: Article = {
  schemaVersion: 1,
  id: 'doc',
  metadata: { title: 'Budget' },
  blocks: [{ type: 'paragraph', text: 'Mayor Ana Ruiz said the budget doubled. A report shows it did not.' }],
  source: {
    fileName: 'budget.txt',
    mediaType: 'text/plain',
    sha256: 'a'.repeat(64),
    byteLength: 70,
    importedAt: '2024-05-01T10:00:00.000Z',
  },
  cleaning: { dropped: [], restored: [] },
};
const CLAIM = { start: 0, end: 39 };
const EVIDENCE = { start: 40, end: 66 };

const EARLIER: SimilarMatchView = {
  key: 'claim:older/c7',
  kind: 'claim',
  docId: 'older',
  annotationId: 'c7',
  url: null,
  text: 'The city budget doubled under Mayor Ruiz',
  claimant: 'Ana Ruiz',
  verdict: 'False',
  group: 'false',
  date: '2025-03-01T00:00:00.000Z',
  source: 'Council spending, 2025',
  analyst: 'Ben',
  score: 0.8,
  reasons: ['shared rare words: budget, doubled', 'same claimant: Ruiz'],
};
const FACT_CHECK: SimilarMatchView = {
  ...EARLIER,
  key: 'factcheck:https://checks.example/budget',
  kind: 'factcheck',
  docId: null,
  annotationId: null,
  analyst: null,
  url: 'https://checks.example/budget',
  source: 'Example Checks',
};

function open(find?: SimilarClient['similar:find']) {
  const asked: Input<'similar:find'>[] = [];
  const client: SimilarClient = {
    'similar:find': find ?? (async (input) => (asked.push(input), { matches: [EARLIER, FACT_CHECK] })),
    'similar:details': async () => ({ verdict: null, sources: [], title: '', url: null }),
  };
  const session = new ReaderSession(
    { article, annotations: [] },
    { id: 'ana', name: 'Ana' },
    { 'annotations:apply': async () => ({ savedAt: '2024-05-01T10:00:01.000Z' }) },
    { confirmRemoval: async () => null },
  );
  const similar = new SimilarController(session, client, 0);
  const tag = (tag: 'claim' | 'evidence', range: { start: number; end: number }) => {
    const id = session.applyEdits({ add: [{ tag, range }] })[0]!;
    session.cursor.goTo(id);
    return id;
  };
  return { session, similar, asked, tag };
}

describe('SimilarController', () => {
  it('looks up the claim just selected, leaving the claim itself out, and shows nothing for evidence', async () => {
    const { similar, asked, tag } = open();
    const id = tag('claim', CLAIM);
    expect(similar.getSnapshot()).toMatchObject({ status: 'looking', claim: { id } });
    await vi.waitFor(() => expect(similar.getSnapshot().status).toBe('ready'));
    expect(similar.getSnapshot().matches.map((m) => m.key)).toEqual([EARLIER.key, FACT_CHECK.key]);
    expect(asked).toEqual([{ text: 'Mayor Ana Ruiz said the budget doubled', exclude: [{ docId: 'doc', annotationId: id }], limit: 4 }]);
    tag('evidence', EVIDENCE);
    expect(similar.getSnapshot()).toMatchObject({ claim: null, status: 'idle', matches: [] });
  });

  it('asks again by the record’s statement and claimant once they are written, not on every other change', async () => {
    const { session, similar, asked, tag } = open();
    const id = tag('claim', CLAIM);
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    session.setNote(id, 'check the council minutes');
    session.updateBody(id, {
      claim: { statement: 'The budget doubled', status: 'unstarted', claimant: { name: 'Ana Ruiz', kind: 'person', role: '' } },
    });
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[1]).toMatchObject({ text: 'The budget doubled', claimant: 'Ana Ruiz' });
    expect(similar.getSnapshot().claim?.body.note).toBe('check the council minutes');
  });

  it('drops an answer that arrives after the analyst moved on', async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const { similar, tag, session } = open(async () => (await slow, { matches: [EARLIER] }));
    tag('claim', CLAIM);
    await new Promise((resolve) => setTimeout(resolve, 5));
    session.cursor.clear();
    release();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(similar.getSnapshot()).toMatchObject({ claim: null, matches: [] });
  });

  it('links the first match as the same claim on the key, unlinks on the next press, and the link undoes', async () => {
    const { session, similar, tag } = open();
    const id = tag('claim', CLAIM);
    await vi.waitFor(() => expect(similar.getSnapshot().status).toBe('ready'));
    requestSimilar('link-same-claim');
    expect(session.annotations.get(id)?.body.sameClaims).toBeUndefined();
    const release = similar.listenForKey();
    const again = similar.listenForKey();
    requestSimilar('link-same-claim');
    expect(session.annotations.get(id)?.body.sameClaims).toMatchObject([
      { kind: 'claim', documentId: 'older', annotationId: 'c7', title: 'Council spending, 2025', text: EARLIER.text },
    ]);
    expect(similar.isLinked(EARLIER)).toBe(true);
    expect(session.getSnapshot().notice).toContain('Linked as the same claim');
    session.undo();
    expect(similar.isLinked(EARLIER)).toBe(false);
    similar.linkSameClaim(FACT_CHECK);
    similar.linkSameClaim(FACT_CHECK);
    expect(session.annotations.get(id)?.body.sameClaims).toEqual([]);
    release();
    again();
    requestSimilar('link-same-claim');
    expect(session.annotations.get(id)?.body.sameClaims).toEqual([]);
  });

  it('stays on the claim whose record is open whatever is selected', async () => {
    const { similar, tag } = open();
    const claim = tag('claim', CLAIM);
    similar.pin(claim);
    tag('evidence', EVIDENCE);
    expect(similar.getSnapshot().claim?.id).toBe(claim);
  });
});

describe('copying from an earlier check', () => {
  const from = referenceTo(FACT_CHECK, new Date('2026-12-07T10:00:00.000Z'));
  const scales: readonly RatingScale[] = PRESET_SCALES;

  it('puts a copied rating on the workspace’s scale when it has that rating, saying where it came from', () => {
    const verdict = copiedVerdict(
      { scale: 'free-text', label: 'false', group: 'false', justification: '', decided: '2020-01-01T00:00:00.000Z' },
      from,
      scales,
      'truth-o-meter',
      new Date('2026-12-07T11:00:00.000Z'),
    );
    expect(verdict).toEqual({
      scale: 'truth-o-meter',
      label: 'False',
      justification: '',
      decided: '2026-12-07T11:00:00.000Z',
      copiedFrom: from,
    });
  });

  it('keeps a rating the workspace’s scale lacks as given, with its group', () => {
    const given = { scale: 'free-text', label: 'Spin', group: 'mixed' as const, justification: '', decided: '2020-01-01T00:00:00.000Z' };
    expect(copiedVerdict(given, from, scales, 'truth-o-meter', new Date())).toMatchObject({
      scale: 'free-text',
      label: 'Spin',
      group: 'mixed',
    });
  });

  it('copies sources once each, each saying where it came from', () => {
    const source = {
      url: 'https://checks.example/budget',
      title: 'Budget check',
      publisher: 'Example Checks',
      excerpt: '',
      kind: 'news-report' as const,
      anonymous: false,
    };
    const once = withCopiedSources({ statement: '', status: 'unstarted' }, [source], from);
    expect(once.sources).toEqual([{ ...source, copiedFrom: from }]);
    expect(withCopiedSources(once, [source], from).sources).toHaveLength(1);
  });
});
