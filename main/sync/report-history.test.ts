import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExport } from '../export/build-export';
import { refusePdfExport } from '../export/render-pdf';
import { ALICE, BOB } from '../store/test-support/fixtures';
import { readVerdictHistory } from './read-history';
import { createBareRepository } from './test-support/git-http-server';
import { importArticle, sync, tag, taggedAnnotation, withStore } from './test-support/sync-fixtures';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-report-history-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const markdownOf = (dir: string) =>
  withStore(dir, BOB, async (store) => {
    const result = await buildExport(
      { documentId: 'port', format: 'md', scope: {} },
      {
        store,
        renderPdf: refusePdfExport,
        now: () => new Date('2026-12-07T09:00:00Z'),
        verdictHistory: (id) => readVerdictHistory(dir, id),
      },
    );
    return new TextDecoder().decode(result.bytes);
  });

describe('a report’s verdict history', () => {
  it('lists who changed a claim’s verdict and when, from the synced history, in a colleague’s report', async () => {
    const remote = createBareRepository(root, 'desk.git');
    const alice = join(root, 'alice');
    const bob = join(root, 'bob');
    await importArticle(alice, ALICE, 'port');
    await tag(alice, ALICE, 'port', [
      taggedAnnotation('port', ALICE, 1, 'claim', { verdict: 'False', modified: '2026-01-02T10:00:00.000Z' }),
    ]);
    await sync(alice, ALICE, { remote });
    await tag(alice, ALICE, 'port', [
      taggedAnnotation('port', ALICE, 1, 'claim', { verdict: 'Mostly false', modified: '2026-01-03T11:30:00.000Z' }),
    ]);
    await sync(alice, ALICE);
    await sync(bob, BOB, { remote });

    expect(await markdownOf(bob)).toContain(
      'Verdict history: “False” by Alice Analyst, 2026-01-02 10:00 UTC; “Mostly false” by Alice Analyst, 2026-01-03 11:30 UTC',
    );
  });

  it('has none for a casebook that is not synced', async () => {
    const carol = join(root, 'carol');
    await importArticle(carol, ALICE, 'port');
    await tag(carol, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim', { verdict: 'False' })]);
    expect(await readVerdictHistory(carol, 'port')).toEqual(new Map());
    expect(await markdownOf(carol)).not.toContain('Verdict history');
  });
});
