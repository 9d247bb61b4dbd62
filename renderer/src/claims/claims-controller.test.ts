// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SentenceClaimant } from '../../../shared/claims';
import type { Article } from '../../../shared/model/article';
import type { Settings } from '../../../shared/model/settings';
import type { Suggestion } from '../../../shared/suggest';
import { ReaderSession } from '../reader/reader-session';
import { ClaimsController, type ClaimsClient } from './claims-controller';
import { SuggestionsController } from './suggestions-controller';

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

const claimants: SentenceClaimant[] = [
  { ...CLAIM, claimant: { name: 'Ana Ruiz', kind: 'person', role: 'Mayor', attribution: 'paraphrase' } as SentenceClaimant['claimant'] },
];

/** A reader on the article with the claims and suggestions controllers over it, as the shell makes them. */
function openClaims(client: Partial<ClaimsClient> = {}) {
  const requests = { suggest: 0 };
  const fake = {
    'annotations:apply': async () => ({ savedAt: '2024-05-01T10:00:01.000Z' }),
    'settings:get': async () => ({ analyst: { id: 'ana', name: 'Ana' } }) as Settings,
    'settings:update': async () => ({}) as Settings,
    'document:suggest': async () => (requests.suggest++, { suggestions: [] as Suggestion[], claimants }),
    ...client,
  };
  const session = new ReaderSession({ article, annotations: [] }, { id: 'ana', name: 'Ana' }, fake, {
    confirmRemoval: (question) => claims.confirmRemoval(question),
  });
  const suggestions = new SuggestionsController(session, fake);
  const claims: ClaimsController = new ClaimsController(session, fake, suggestions);
  const tag = (tag: 'claim' | 'evidence', range: { start: number; end: number }) => session.applyEdits({ add: [{ tag, range }] })[0]!;
  return { session, claims, suggestions, requests, tag };
}

beforeEach(() => vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0)));
afterEach(() => vi.unstubAllGlobals());

describe('ClaimsController', () => {
  it('opens the claim editor on a claim and pre-fills its record from the sentence, once', async () => {
    const { claims, requests, tag } = openClaims();
    const id = tag('claim', CLAIM);
    claims.openDetails(id);
    expect(claims.getSnapshot().dialog).toEqual({ kind: 'claim', id });
    await vi.waitFor(() => expect(claims.recordOf(id)).toBeDefined());
    expect(claims.recordOf(id)).toMatchObject({
      status: 'unstarted',
      claimant: { name: 'Ana Ruiz', kind: 'person', role: 'Mayor' },
      attribution: 'paraphrase',
    });
    await claims.ensureClaimRecord(id);
    expect(requests.suggest).toBe(1);
  });

  it('stores the drafted record only with its first edit, so opening and closing a claim changes nothing', async () => {
    const { session, claims, tag } = openClaims();
    const id = tag('claim', CLAIM);
    const before = session.annotations.get(id);
    claims.openDetails(id);
    await vi.waitFor(() => expect(claims.recordOf(id)).toBeDefined());
    claims.closeDialog();
    expect(session.annotations.get(id)).toBe(before);
    claims.updateClaim(id, { ...claims.recordOf(id)!, status: 'in-progress' }, 'status');
    expect(session.annotations.get(id)?.body.claim).toMatchObject({ status: 'in-progress', claimant: { name: 'Ana Ruiz' } });
  });

  it('opens the evidence editor on evidence, and says what to select when nothing is', () => {
    const { session, claims, tag } = openClaims();
    claims.openDetails();
    expect(claims.getSnapshot().dialog).toBeNull();
    expect(session.getSnapshot().notice).toBe('Select a tagged sentence, then press V for its claim record or sources');
    const id = tag('evidence', EVIDENCE);
    claims.openDetails(id);
    expect(claims.getSnapshot().dialog).toEqual({ kind: 'evidence', id });
  });

  it('offers the link picker only once there is a claim to link to, and links with the stance chosen', () => {
    const { session, claims, tag } = openClaims();
    const evidence = tag('evidence', EVIDENCE);
    claims.openLinkPicker(evidence);
    expect(claims.getSnapshot().dialog).toBeNull();
    expect(session.getSnapshot().notice).toBe('No claims to link to yet: tag one with 1');
    const claim = tag('claim', CLAIM);
    claims.openLinkPicker(evidence);
    expect(claims.getSnapshot().dialog).toEqual({ kind: 'link', id: evidence });
    claims.link(evidence, claim, 'refutes');
    expect(session.annotations.get(evidence)?.body.links).toEqual([{ claim, stance: 'refutes' }]);
    expect(session.getSnapshot().notice).toBe('Evidence refutes claim 1');
    claims.unlink(evidence, claim);
    expect(session.annotations.get(evidence)?.body.links).toEqual([]);
  });

  it('splits a claim into a second one on the same sentence that keeps who said it, not what', () => {
    const { session, claims, tag } = openClaims();
    const id = tag('claim', CLAIM);
    claims.updateClaim(
      id,
      { statement: 'The budget doubled', status: 'in-progress', claimant: { name: 'Ana Ruiz', kind: 'person', role: 'Mayor' } },
      'statement',
    );
    claims.splitClaim(id);
    const dialog = claims.getSnapshot().dialog;
    const added = dialog?.kind === 'claim' ? session.annotations.get(dialog.id) : undefined;
    expect(added?.id).not.toBe(id);
    expect(added?.target.selector.position).toMatchObject(CLAIM);
    expect(added?.body.claim).toEqual({
      statement: '',
      status: 'unstarted',
      claimant: { name: 'Ana Ruiz', kind: 'person', role: 'Mayor' },
    });
  });

  it('puts the session’s removal question as a dialog and hands back the answer, or null on close', async () => {
    const { claims } = openClaims();
    const question = { ids: ['c'], claims: 1, linked: 2 };
    const answered = claims.confirmRemoval(question);
    expect(claims.getSnapshot().dialog).toEqual({ kind: 'remove-claims', question });
    claims.answerRemovalQuestion('delete-linked');
    await expect(answered).resolves.toBe('delete-linked');
    expect(claims.getSnapshot().dialog).toBeNull();
    const cancelled = claims.confirmRemoval(question);
    claims.closeDialog();
    await expect(cancelled).resolves.toBeNull();
  });

  it('toggles the side panel, and fetches the suggestions the first time they are shown', async () => {
    const { claims, suggestions, requests } = openClaims();
    claims.togglePanel('claims');
    expect(claims.getSnapshot().panel).toBe('claims');
    claims.togglePanel('claims');
    expect(claims.getSnapshot().panel).toBe('annotations');
    expect(requests.suggest).toBe(0);
    claims.togglePanel('suggestions');
    await vi.waitFor(() => expect(suggestions.getSnapshot().state.status).toBe('ready'));
    claims.togglePanel('suggestions');
    claims.togglePanel('suggestions');
    expect(requests.suggest).toBe(1);
  });

  it('keeps the scale it had when saving the new one fails, and says so', async () => {
    const { session, claims } = openClaims({ 'settings:update': () => Promise.reject(new Error('The disk is full.')) });
    await vi.waitFor(() => expect(claims.getSnapshot().scales.length).toBeGreaterThan(0));
    const before = claims.getSnapshot().scaleId;
    await claims.setScale('another-scale');
    expect(claims.getSnapshot().scaleId).toBe(before);
    expect(session.getSnapshot().notice).toBe('The rating scale was not saved: The disk is full.');
  });
});
