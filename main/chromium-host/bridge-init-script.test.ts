import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../shared/ipc/bridge';
import { CHANNELS } from '../../shared/ipc/channels';
import { createBridgeInitScript } from './bridge-init-script';
import { encodeBindingAnswer, GZIP_FROM_CHARS } from './encode-binding-answer';
import { HOST_BINDING, HOST_COMMAND_EVENT, HOST_ORIGIN } from './host-origin';

type FakeWindow = {
  location: { origin: string };
  factmark?: Bridge;
  fire(type: string, detail: unknown): void;
  binding: ReturnType<typeof vi.fn>;
};

function runInFakeWindow(origin: string): FakeWindow {
  const handlers = new Map<string, (event: { detail: unknown }) => void>();
  const binding = vi.fn(async (channel: string, inputJson: string) =>
    encodeBindingAnswer({ ok: true, value: { channel, input: JSON.parse(inputJson) as unknown } }),
  );
  const window: Record<string, unknown> = {
    location: { origin },
    addEventListener: (type: string, handler: (event: { detail: unknown }) => void) => handlers.set(type, handler),
    [HOST_BINDING]: binding,
    // What the script takes from the page; Node 20's Uint8Array has no fromBase64, so the atob path runs.
    Blob,
    DecompressionStream,
    Response,
    Uint8Array,
    atob,
  };
  window.globalThis = window;
  runInNewContext(createBridgeInitScript(), window);
  return Object.assign(window as unknown as FakeWindow, {
    binding,
    fire: (type: string, detail: unknown) => handlers.get(type)?.({ detail }),
  });
}

describe('createBridgeInitScript', () => {
  it('defines window.factmark with exactly the channels and onCommand, as the preload does', () => {
    const window = runInFakeWindow(HOST_ORIGIN);
    expect(Object.keys(window.factmark ?? {}).sort()).toEqual([...CHANNELS, 'onCommand'].sort());
  });

  it('sends each request through the host binding with its channel, as JSON both ways', async () => {
    const window = runInFakeWindow(HOST_ORIGIN);
    await expect(window.factmark?.['document:open']({ documentId: 'd1' })).resolves.toEqual({
      ok: true,
      value: { channel: 'document:open', input: { documentId: 'd1' } },
    });
    expect(window.binding).toHaveBeenCalledWith('document:open', '{"documentId":"d1"}');
  });

  it('inflates a large answer that crossed gzipped', async () => {
    const window = runInFakeWindow(HOST_ORIGIN);
    const input = { documentId: 'é'.repeat(GZIP_FROM_CHARS) };
    await expect(window.factmark?.['document:open'](input)).resolves.toEqual({ ok: true, value: { channel: 'document:open', input } });
    expect(await (window.binding.mock.results[0]?.value as Promise<string>)).not.toMatch(/^\{/);
  });

  it('delivers known app commands until unsubscribed, and drops unknown ones', () => {
    const window = runInFakeWindow(HOST_ORIGIN);
    const listener = vi.fn();
    const unsubscribe = window.factmark?.onCommand(listener);
    window.fire(HOST_COMMAND_EVENT, 'toggle-sidebar');
    window.fire(HOST_COMMAND_EVENT, 'rm -rf');
    unsubscribe?.();
    window.fire(HOST_COMMAND_EVENT, 'undo');
    expect(listener.mock.calls).toEqual([['toggle-sidebar']]);
  });

  it('gives frames of other origins no bridge', () => {
    expect(runInFakeWindow('https://news.example.com').factmark).toBeUndefined();
  });
});
