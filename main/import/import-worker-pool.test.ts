import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareImportWorker, runInImportWorker, stopIdleImportWorker } from './import-worker-pool';

// Every worker the pool starts, so a test can tell a reused worker from a fresh one.
const started = vi.hoisted(() => [] as Worker[]);
vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  class CountedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      started.push(this);
    }
  }
  return { ...actual, Worker: CountedWorker };
});

const fixture = (...path: string[]) => readFile(join(import.meta.dirname, ...path));
const webPage = async () => ({
  route: 'html' as const,
  fileName: 'roof-survey.html',
  bytes: await fixture('html', 'fixtures', 'lowmere-gazette-roof-survey.html'),
  restore: [],
});

afterEach(async () => {
  await stopIdleImportWorker();
  started.length = 0;
});

describe('prepareImportWorker', () => {
  it('starts the worker once, and the import that follows runs in it', async () => {
    await Promise.all([prepareImportWorker(), prepareImportWorker()]);
    expect(started).toHaveLength(1);
    await prepareImportWorker();
    expect(started).toHaveLength(1);

    const parts = await runInImportWorker(await webPage());
    expect(parts.metadata.title).toContain('roof survey');
    expect(started).toHaveLength(1);
  });

  it('starts a fresh worker after a cancelled import terminated the warm one', async () => {
    await prepareImportWorker();
    const warm = started[0]!;
    const exited = new Promise((resolve) => warm.once('exit', resolve));
    const cancel = new AbortController();
    const pdf = {
      route: 'pdf' as const,
      fileName: 'flood.pdf',
      bytes: await fixture('pdf', 'fixtures', 'flood-gate-article.pdf'),
      restore: [],
    };
    const importing = runInImportWorker(pdf, { signal: cancel.signal });
    cancel.abort(new Error('Cancelled by the analyst.'));
    await expect(importing).rejects.toThrow('Cancelled by the analyst.');
    await exited;

    await prepareImportWorker();
    expect(started).toHaveLength(2);
    expect((await runInImportWorker(await webPage())).blocks.length).toBeGreaterThan(5);
    expect(started).toHaveLength(2);
  });

  it('does not reject when the worker dies while warming, and the next prepare starts another', async () => {
    const warming = prepareImportWorker();
    await started[0]!.terminate();
    await expect(warming).resolves.toBeUndefined();
    await prepareImportWorker();
    expect(started).toHaveLength(2);
  });
});
