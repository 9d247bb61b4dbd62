import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../shared/ipc/bridge';
import { bridgeHistoryReader } from './history-reader';

/** A window whose bridge answers `sync:history` with one recorded verdict; other channels are never called. */
function stubBridge(): { bridge: Bridge; asked: unknown[] } {
  const asked: unknown[] = [];
  const history = (input: unknown) => {
    asked.push(input);
    return Promise.resolve({
      ok: true as const,
      value: {
        synced: true,
        changes: [
          { at: '2026-12-07T08:00:00.000Z', analyst: 'ana', annotation_id: 'a1', field: 'verdict' as const, from: null, to: 'False' },
        ],
        analysts: { ana: 'Ana Ruiz' },
      },
    });
  };
  const bridge = { 'sync:history': history } as unknown as Bridge;
  vi.stubGlobal('window', { factmark: bridge });
  return { bridge, asked };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('bridgeHistoryReader', () => {
  it('reads an annotation’s history through the window’s bridge', async () => {
    const { asked } = stubBridge();
    const read = bridgeHistoryReader();
    const answer = await read?.({ documentId: 'd1', annotationId: 'a1' });
    expect(asked).toEqual([{ documentId: 'd1', annotationId: 'a1' }]);
    expect(answer?.changes.map((c) => c.to)).toEqual(['False']);
    expect(answer?.analysts).toEqual({ ana: 'Ana Ruiz' });
  });

  it('gives every card of one window the same reader', () => {
    stubBridge();
    expect(bridgeHistoryReader()).toBe(bridgeHistoryReader());
  });

  it('is null outside the app, where there is no bridge', () => {
    vi.stubGlobal('window', {});
    expect(bridgeHistoryReader()).toBeNull();
  });
});
