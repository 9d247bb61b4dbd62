import { describe, expect, it } from 'vitest';
import type { Annotation, Creator, Tag } from '../../../shared/model/annotation';
import type { Article } from '../../../shared/model/article';
import type { ReviewFile } from '../../../shared/review/review-file';
import type { DocumentLayers } from '../../../shared/review/review-contract';
import { toPlainText } from '../../../shared/text/plain-text';
import type { Client } from '../ipc/client';
import type { ReaderSession } from '../reader/reader-session';
import { ReviewController } from './review-controller';

const ME: Creator = { id: 'ana', name: 'Ana' };
const BEN: Creator = { id: 'ben', name: 'Ben' };
const SENTENCES = ['The port said its tanks were full.', 'Invoices show one delivery.', 'The mayor denied it.'];
const ARTICLE: Article = {
  schemaVersion: 1,
  id: 'doc',
  metadata: { title: 'Harbour' },
  blocks: [
    { type: 'title', text: 'Harbour' },
    { type: 'paragraph', text: SENTENCES.join(' ') },
  ],
  source: { fileName: 'doc.txt', mediaType: 'text/plain', sha256: '0'.repeat(64), byteLength: 1, importedAt: '2026-01-01T10:00:00.000Z' },
  cleaning: { dropped: [], restored: [] },
};
const TEXT = toPlainText(ARTICLE.blocks);

/** `who`'s annotation tagging sentence `n` of the paragraph. */
function tagSentence(who: Creator, n: number, tag: Tag): Annotation {
  const exact = SENTENCES[n]!;
  const start = TEXT.indexOf(exact);
  return {
    schemaVersion: 1,
    id: `${who.id}-${n}`,
    documentId: 'doc',
    creator: who,
    created: '2026-01-01T10:00:00.000Z',
    modified: '2026-01-01T10:00:00.000Z',
    body: { tag, note: '' },
    target: {
      source: 'doc',
      selector: {
        quote: { type: 'TextQuoteSelector', exact, prefix: TEXT.slice(0, start), suffix: TEXT.slice(start + exact.length) },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
      },
    },
  };
}

function review(decisions: ReviewFile['decisions'] = []): ReviewFile {
  return { schemaVersion: 1, documentId: 'doc', reviewer: ME, decisions, replies: [] };
}

/** What main answers `layers:list` with: a fresh copy each time, as IPC delivers it. */
function layersOf(benTags: Annotation[], decisions: ReviewFile['decisions'] = []): DocumentLayers {
  return structuredClone({
    me: ME,
    myAppearance: { initials: 'A', colour: '#1f5f99' },
    colleagues: [{ analyst: BEN, appearance: { initials: 'B', colour: '#994f1f' }, annotations: benTags }],
    myReview: review(decisions),
    otherReviews: [],
    adjudicated: { schemaVersion: 1, documentId: 'doc', analyst: { id: 'adjudicated', name: 'Adjudicated' }, annotations: [] },
    problems: [],
  });
}

/** A reader session holding the reviewer's own annotations, and a main process answering from `disk`. */
function setUp(own: Annotation[], disk: { ben: Annotation[]; decisions: ReviewFile['decisions']; failSaving?: boolean }) {
  let snapshot = { annotations: own as readonly Annotation[] };
  const listeners = new Set<() => void>();
  const notices: string[] = [];
  const session = {
    article: ARTICLE,
    annotations: { subscribe: (l: () => void) => (listeners.add(l), () => listeners.delete(l)), getSnapshot: () => snapshot },
    marks: { showReviewMarks: () => {} },
    cursor: { preview: () => {} },
    notify: (notice: string) => notices.push(notice),
  } as unknown as ReaderSession;
  const client = {
    'layers:list': () => Promise.resolve(layersOf(disk.ben, disk.decisions)),
    'review:apply': (change: { decide: ReviewFile['decisions'] }) => {
      if (disk.failSaving) return Promise.reject(new Error('Disk full'));
      disk.decisions = [...disk.decisions, ...change.decide];
      return Promise.resolve(review(disk.decisions));
    },
  } as unknown as Client;
  const setOwn = (annotations: Annotation[]) => {
    snapshot = { annotations };
    for (const l of listeners) l();
  };
  return { controller: new ReviewController(session, client), setOwn, notices };
}

describe('review mode working out agreement', () => {
  it('reuses the figures through toggles, the navigator, decisions and reloads that change no layer', async () => {
    const disk = { ben: [tagSentence(BEN, 0, 'claim'), tagSentence(BEN, 1, 'evidence')], decisions: [] };
    const { controller } = setUp([tagSentence(ME, 0, 'claim')], disk);
    await controller.reload();
    const first = controller.getSnapshot();
    expect(first.agreement?.sentences).toHaveLength(3);
    expect(first.disagreements).toHaveLength(1);

    controller.toggleLayer(BEN.id);
    controller.toggleLayer(BEN.id);
    controller.step(1);
    const shown = controller.getSnapshot();
    await controller.decide(shown.items[1]!, 'accepted');
    await controller.reload();

    const after = controller.getSnapshot();
    expect(after.items[1]!.state).toBe('accepted');
    expect(after.agreement).toBe(first.agreement);
    expect(after.disagreements).toBe(first.disagreements);
    // The card nobody decided on keeps its item, so it is not drawn again.
    expect(after.items[0]).toBe(shown.items[0]);
  });

  it('works the figures out again when the reviewer tags, or a colleague’s file changes', async () => {
    const disk = { ben: [tagSentence(BEN, 0, 'claim')], decisions: [] };
    const { controller, setOwn } = setUp([], disk);
    await controller.reload();
    expect(controller.getSnapshot().disagreements).toHaveLength(1);

    setOwn([tagSentence(ME, 0, 'claim')]);
    expect(controller.getSnapshot().disagreements).toHaveLength(0);
    const agreed = controller.getSnapshot().agreement;

    disk.ben = [tagSentence(BEN, 0, 'claim'), tagSentence(BEN, 2, 'denial')];
    await controller.reload();
    expect(controller.getSnapshot().agreement).not.toBe(agreed);
    expect(controller.getSnapshot().disagreements.map((d) => TEXT.slice(d.sentence.start, d.sentence.end))).toEqual([SENTENCES[2]]);
  });
});

describe('review mode announcing decisions', () => {
  it('tells a screen reader whose tag on which sentence was accepted, rejected or taken back', async () => {
    const disk = { ben: [tagSentence(BEN, 0, 'claim'), tagSentence(BEN, 1, 'evidence')], decisions: [] };
    const { controller, notices } = setUp([], disk);
    await controller.reload();
    const [claim, evidence] = controller.getSnapshot().items;

    await controller.decide(claim!, 'accepted');
    await controller.decide(evidence!, 'rejected');
    await controller.decide(claim!, 'undecided');

    expect(notices).toEqual([
      "Accepted Ben's claim: The port said its tanks were full.",
      "Rejected Ben's evidence: Invoices show one delivery.",
      "Took back the decision on Ben's claim: The port said its tanks were full.",
    ]);
  });

  it('announces nothing when the decision could not be saved, and shows why', async () => {
    const disk = { ben: [tagSentence(BEN, 0, 'claim')], decisions: [], failSaving: true };
    const { controller, notices } = setUp([], disk);
    await controller.reload();

    await controller.decide(controller.getSnapshot().items[0]!, 'accepted');

    expect(notices).toEqual([]);
    expect(controller.getSnapshot().error).toBe('Disk full');
  });
});
