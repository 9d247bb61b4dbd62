import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import { createClient, IpcError } from './client';

const settings = { schemaVersion: 1, analyst: { id: 'ana', name: 'Ana' }, sampleInstalled: true };

function bridgeAnswering(answer: unknown): Bridge {
  const handler = async () => answer;
  return new Proxy({}, { get: (_t, name) => (name === 'onCommand' ? () => () => {} : handler) }) as Bridge;
}

describe('createClient', () => {
  it('resolves to the validated value', async () => {
    const client = createClient(bridgeAnswering({ ok: true, value: settings }));
    await expect(client['settings:get']({})).resolves.toEqual(settings);
  });

  it('throws the main side message on a failure result', async () => {
    const client = createClient(
      bridgeAnswering({ ok: false, error: { code: 'import-failed', message: 'report.pdf: the file is encrypted.' } }),
    );
    const error = await client['document:import']({ fileName: 'report.pdf', dataBase64: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcError);
    expect(error).toMatchObject({ code: 'import-failed', message: 'report.pdf: the file is encrypted.' });
  });

  it('refuses a response that breaks the contract', async () => {
    const client = createClient(bridgeAnswering({ ok: true, value: { analyst: 'nobody' } }));
    await expect(client['settings:get']({})).rejects.toMatchObject({ code: 'bad-response' });
    const broken = createClient(bridgeAnswering(undefined));
    await expect(broken['library:list']({})).rejects.toThrow(/unreadable answer to library:list/);
  });

  it('takes an open article as main sent it, main having validated it on reading the disk, yet refuses an answer that is not one', async () => {
    const opened = { article: { id: 'a1' }, annotations: [] };
    await expect(createClient(bridgeAnswering({ ok: true, value: opened }))['document:open']({ documentId: 'a1' })).resolves.toBe(opened);
    await expect(createClient(bridgeAnswering({ ok: true, value: null }))['document:open']({ documentId: 'a1' })).rejects.toMatchObject({
      code: 'bad-response',
    });
  });

  it('passes the request payload through unchanged', async () => {
    let seen: unknown;
    const bridge = new Proxy(
      {},
      {
        get: () => async (input: unknown) => ((seen = input), { ok: true, value: [] }),
      },
    ) as Bridge;
    await createClient(bridge)['store:messages']({});
    expect(seen).toEqual({});
  });
});
