import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE } from '../../store/test-support/fixtures';
import { createBareRepository, startGitHttpServer, type GitHttpServer } from '../../sync/test-support/git-http-server';
import { importArticle, tag, taggedAnnotation } from '../../sync/test-support/sync-fixtures';
import { runCli } from '../run-cli';

let root: string;
let server: GitHttpServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'factmark-sync-cli-'));
  server = await startGitHttpServer(join(root, 'server'));
});
afterAll(async () => {
  await server.stop();
  await rm(root, { recursive: true, force: true });
});

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { code, out, err: err.join('\n') };
}

describe('factmark sync', () => {
  it('connects, pushes and prints only the JSON result', async () => {
    createBareRepository(join(root, 'server'), 'one.git');
    const store = join(root, 'one');
    await importArticle(store, ALICE, 'port');
    const run = await cli(['sync', '--remote', server.urlWithCredentials('one.git'), '--store', store]);
    expect(run.code).toBe(0);
    expect(run.out).toHaveLength(1);
    expect(JSON.parse(run.out[0] as string)).toEqual({ status: 'synced', pulled: 0, pushed: 3, refused: [] });

    const clone = join(root, 'one-clone');
    const joined = await cli(['sync', '--remote', server.url('one.git'), '--store', clone], {
      FACTMARK_SYNC_USER: server.user,
      FACTMARK_SYNC_TOKEN: server.password,
    });
    expect(JSON.parse(joined.out[0] as string)).toMatchObject({ status: 'synced', pulled: 3 });
  });

  it('exits 1 with "auth" and the reason on stderr when the credentials are wrong', async () => {
    createBareRepository(join(root, 'server'), 'two.git');
    const store = join(root, 'two');
    await importArticle(store, ALICE, 'port');
    const run = await cli(['sync', '--remote', server.url('two.git'), '--store', store], {
      FACTMARK_SYNC_USER: 'analyst',
      FACTMARK_SYNC_TOKEN: 'wrong',
    });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out[0] as string)).toMatchObject({ status: 'auth', pushed: 0 });
    expect(run.err).toMatch(/sign in/);
  });

  it('never writes the password into the store', async () => {
    createBareRepository(join(root, 'server'), 'three.git');
    const store = join(root, 'three');
    await importArticle(store, ALICE, 'port');
    await cli(['sync', '--remote', server.urlWithCredentials('three.git'), '--store', store]);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(join(store, '.git', 'config'), 'utf8')).not.toContain(server.password);
  });
});

describe('factmark history', () => {
  it('prints each change to an annotation, oldest first', async () => {
    createBareRepository(join(root, 'server'), 'four.git');
    const store = join(root, 'four');
    await importArticle(store, ALICE, 'port');
    await tag(store, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'claim', { modified: '2026-01-01T10:00:00.000Z' })]);
    await cli(['sync', '--remote', server.urlWithCredentials('four.git'), '--store', store]);
    await tag(store, ALICE, 'port', [taggedAnnotation('port', ALICE, 1, 'evidence', { modified: '2026-01-03T10:00:00.000Z' })]);
    const run = await cli(['history', 'port', '--annotation', 'alice-1', '--store', store]);
    expect(run.code).toBe(0);
    const { changes } = JSON.parse(run.out[0] as string) as {
      changes: { at: string; field: string; from: string | null; to: string | null }[];
    };
    expect(changes.filter((c) => c.field === 'tag')).toEqual([
      { at: '2026-01-01T10:00:00.000Z', analyst: 'alice', annotation_id: 'alice-1', field: 'tag', from: null, to: 'claim' },
      { at: '2026-01-03T10:00:00.000Z', analyst: 'alice', annotation_id: 'alice-1', field: 'tag', from: 'claim', to: 'evidence' },
    ]);
  });
});
