import { expect, test } from '../support/app-fixture';
import type { Annotation } from '../../shared/model/annotation';
import { ClaimsPage } from '../pages/claims-page';
import { LibraryPage } from '../pages/library-page';
import type { ReaderPage, TagName } from '../pages/reader-page';
import { exerciseFrame } from './support/exercise-page';
import { openHostileApp, type HostileApp } from './support/hostile-app';
import { inBatches } from './support/hostile-files';
import { findActiveContent, pageMachinery } from './support/inspect-dom';
import { packTexts, payloadTexts } from './support/payload-texts';

// Thirty notes hold the whole text corpus (~33 payloads each): typing one note per payload
// would take minutes and show nothing more.
const NOTE_COUNT = 30;
const TAGS: readonly TagName[] = ['claim', 'evidence', 'denial'];

const sentenceOf = (index: number) =>
  `Witness ${index + 1} told the harbour board that the dredging contract had been discussed in private.`;

/** The sidebar's cards, scrolled through (the list is virtualised): each card's note as its field shows it. */
const NOTES_IN_SIDEBAR = `async () => {
  const list = document.querySelector('[data-testid="annotation-list"]');
  let scroller = list;
  while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) scroller = scroller.parentElement;
  const seen = {};
  const collect = () => {
    for (const card of list.querySelectorAll('[data-testid="annotation-card"]')) seen[card.dataset.annotationId] = card.querySelector('[data-testid="card-note"]').value;
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  collect();
  for (let top = 0; scroller && top < scroller.scrollHeight; top += scroller.clientHeight / 2) {
    scroller.scrollTop = top;
    await frame();
    collect();
  }
  if (scroller) scroller.scrollTop = 0;
  await frame();
  return seen;
}`;

async function storedAnnotations(app: HostileApp, documentId: string): Promise<Annotation[]> {
  const opened = await app.page.evaluate<{ ok: boolean; value: { annotations: Annotation[] } }>(
    `window.factmark['document:open'](${JSON.stringify({ documentId })})`,
  );
  expect(opened.ok).toBe(true);
  return [...opened.value.annotations].sort((a, b) => a.target.selector.position.start - b.target.selector.position.start);
}

/** Checks a part of the app that shows notes or claim records: exercised, nothing active in it, nothing found. */
async function expectInert(app: HostileApp, selector: string, where: string): Promise<void> {
  await exerciseFrame(app.page.mainFrame(), { selector, click: false });
  expect(await findActiveContent(app.page, selector, { appControls: true }), `active content in ${where}`).toEqual([]);
  expect(app.detector.takeFindings(), `findings in ${where}`).toEqual([]);
  // Exercising left the focus on the last field it reached; keys are the reader's again.
  await app.page.evaluate('document.activeElement?.blur()');
}

/**
 * The claim records, links and sources the analyst could have typed into the claim and evidence
 * editors, filled with payload text up to each field's limit, put in the analyst's layer through
 * the app's own channel (as a colleague's file or an earlier session would leave them); and one
 * annotation whose sentence is gone, so "Needs attention" shows its note.
 */
function withClaimRecords(annotations: readonly Annotation[], texts: readonly string[]): Annotation[] {
  const line = (limit: number) => packTexts(texts, limit, { singleLine: true });
  const [statements, names, labels, urls] = [line(1000), line(300), line(200), line(2000)];
  const [justifications, excerpts] = [packTexts(texts, 10_000), packTexts(texts.toReversed(), 10_000)];
  const pick = (runs: readonly string[], index: number) => runs[index % runs.length]!;
  const firstClaim = annotations.find((annotation) => annotation.body.tag === 'claim')!;
  const records = annotations.map((annotation, index): Annotation => {
    const body = annotation.body;
    if (body.tag === 'claim') {
      const verdict = {
        scale: 'truth-o-meter',
        label: pick(labels, index),
        justification: pick(justifications, index),
        decided: annotation.modified,
      };
      const claimant = { name: pick(names, index), kind: 'person' as const, role: pick(names, index + 1) };
      return { ...annotation, body: { ...body, claim: { statement: pick(statements, index), claimant, status: 'in-progress', verdict } } };
    }
    const source = {
      url: pick(urls, index),
      title: pick(statements, index + 1),
      publisher: pick(names, index + 2),
      excerpt: pick(excerpts, index),
      kind: 'news-report' as const,
      anonymous: false,
    };
    return {
      ...annotation,
      body: {
        ...body,
        links: [{ claim: firstClaim.id, stance: body.tag === 'denial' ? 'refutes' : 'supports' }],
        ...(body.tag === 'evidence' ? { sources: [source] } : {}),
      },
    };
  });
  const gone = { ...firstClaim, id: `${firstClaim.id}-gone`, body: { tag: 'denial' as const, note: firstClaim.body.note } };
  const quote = { ...firstClaim.target.selector.quote, exact: 'A sentence the publisher has since removed from the article.' };
  return [...records, { ...gone, target: { ...firstClaim.target, selector: { ...firstClaim.target.selector, quote } } }];
}

test('payload text typed into notes, claim records and sources shows as inert text in the sidebar, the claims table and the editors', async ({
  hostBrowser,
}) => {
  test.setTimeout(90_000);
  const texts = payloadTexts().map((payload) => payload.text);
  const notes = inBatches(texts, Math.ceil(texts.length / NOTE_COUNT)).map((batch) => batch.join('\n\n'));
  const app = await openHostileApp(hostBrowser);
  try {
    const library = new LibraryPage(app.page);
    await library.waitUntilShown();
    const machinery = await pageMachinery(app.page);
    await library.pasteArticle(notes.map((_, index) => sentenceOf(index)).join('\n\n'), 'Witnesses to the dredging contract');
    let reader: ReaderPage = await library.reader();
    const documentId = (await reader.root.getAttribute('data-document-id'))!;

    // The real UI: click the sentence, tag it, N, write the note, Escape. The first note is typed
    // key by key; the rest are filled (the same input events, at once).
    for (const [index, note] of notes.entries()) {
      await reader.clickSentence(sentenceOf(index));
      await reader.pressTag(TAGS[index % TAGS.length]!);
      if (index === 0) {
        await reader.writeNoteWithKeyboard(note.slice(0, 400));
        await reader.card(sentenceOf(index)).getByTestId('card-note').fill(note);
        continue;
      }
      await app.page.keyboard.press('n');
      const field = reader.sidebar.getByTestId('card-note').and(app.page.locator(':focus'));
      await field.fill(note);
      await app.page.keyboard.press('Escape');
    }
    await reader.waitUntilSaved();
    expect(app.detector.takeFindings(), 'findings while writing notes').toEqual([]);

    const stored = await storedAnnotations(app, documentId);
    expect(
      stored.map((annotation) => annotation.body.note),
      'notes as stored',
    ).toEqual(notes);
    const shown = await app.page.evaluate<Record<string, string>>(`(${NOTES_IN_SIDEBAR})()`);
    expect(
      stored.map((annotation) => shown[annotation.id]),
      'notes as the sidebar shows them',
    ).toEqual(notes);
    await app.page.screenshot({ path: 'e2e/screenshots/hostile-notes.png' });
    await expectInert(app, '[data-testid="sidebar"]', 'the sidebar');

    const seeded = withClaimRecords(stored, texts);
    const applied = await app.page.evaluate<{ ok: boolean }>(
      `window.factmark['annotations:apply'](${JSON.stringify({ documentId, upsert: seeded, remove: [] })})`,
    );
    expect(applied.ok, 'claim records saved').toBe(true);
    await app.page.reload();
    reader = await library.openArticle('Witnesses to the dredging contract');

    // "Needs attention" shows the note of the annotation whose sentence is gone.
    await expect(reader.attentionCards()).toHaveCount(1);
    await expect(reader.attentionCards().first()).toContainText(notes[0]!.slice(0, 200));
    expect((await reader.attentionCards().first().textContent()) ?? '').toContain(notes[0]!);
    await expectInert(app, '[data-testid="sidebar"]', 'the sidebar with claim records');

    // The claims table: statement, claimant and verdict label of every claim, as text.
    const claims = new ClaimsPage(app.page);
    const records = seeded.flatMap((annotation) =>
      annotation.body.claim && !annotation.id.endsWith('-gone') ? [annotation.body.claim] : [],
    );
    await claims.showTable();
    await expect(claims.rows()).toHaveCount(records.length);
    const tableText = (await claims.table.textContent()) ?? '';
    for (const record of records) {
      expect(tableText).toContain(record.statement);
      expect(tableText).toContain(record.claimant!.name);
      expect(tableText).toContain(record.verdict!.label);
    }
    await app.page.screenshot({ path: 'e2e/screenshots/hostile-claims-table.png' });
    await expectInert(app, '[data-testid="claims-table"]', 'the claims table');
    await claims.field('claims-filter-text').fill(texts[0]!);
    await expectInert(app, '[data-testid="claims-table"]', 'the claims table filtered by payload text');
    await claims.field('claims-filter-text').fill('');
    await app.page.getByTestId('panel-tab-annotations').click();
    await expect(claims.table).toBeHidden();

    // The claim editor and the evidence editor show every field as it was written.
    const claim = seeded.find((annotation) => annotation.body.tag === 'claim')!;
    await reader.clickSentence(claim.target.selector.quote.exact);
    await claims.openClaimEditor();
    await expect(claims.field('claim-statement')).toHaveValue(claim.body.claim!.statement);
    await expect(claims.field('claimant-name')).toHaveValue(claim.body.claim!.claimant!.name);
    await expect(claims.field('verdict-justification')).toHaveValue(claim.body.claim!.verdict!.justification);
    await expectInert(app, '[data-testid="claim-editor"]', 'the claim editor');
    await claims.closeEditor('claim');

    const evidence = seeded.find((annotation) => annotation.body.sources !== undefined)!;
    await reader.clickSentence(evidence.target.selector.quote.exact);
    await claims.openEvidenceEditor();
    const source = evidence.body.sources![0]!;
    // A URL field's value is trimmed by the browser (its value sanitisation), nothing more.
    await expect(claims.field('source-url')).toHaveValue(source.url.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/gu, ''));
    await expect(claims.field('source-title')).toHaveValue(source.title);
    await expect(claims.field('source-excerpt')).toHaveValue(source.excerpt);
    await expectInert(app, '[data-testid="evidence-editor"]', 'the evidence editor');
    await claims.closeEditor('evidence');

    expect(await pageMachinery(app.page), 'script, meta, base, link, style or frame elements added to the page').toEqual(machinery);
    expect(app.detector.findings).toEqual([]);
    console.log(
      `  notes: ${texts.length} payloads in ${notes.length} notes typed and shown; claim records, sources and a note needing attention seeded with them and shown`,
    );
  } finally {
    await app.close();
  }
});
