import { APP_COMMANDS, BRIDGE_GLOBAL, CHANNELS } from '../../shared/ipc/channels';
import { HOST_BINDING, HOST_COMMAND_EVENT, HOST_ORIGIN } from './host-origin';

/**
 * Source of the init script that gives host pages the same `window.factmark` the Electron
 * preload exposes: one function per channel of `CHANNELS` (generated from that list, so the two
 * hosts cannot drift) calling the host binding, plus `onCommand`, fed by `HOST_COMMAND_EVENT`
 * and filtered to `APP_COMMANDS`. Frames of any other origin get nothing. Requests and results
 * cross the binding as JSON strings: Playwright serialises a string in one piece, whereas a
 * large object is walked value by value (6.8 MB of annotations took 6 s that way). Large
 * results arrive gzipped in base64 (see `encodeBindingAnswer`) and are inflated by the browser's
 * own `DecompressionStream`.
 */
export function createBridgeInitScript(): string {
  const constants = JSON.stringify({
    origin: HOST_ORIGIN,
    channels: CHANNELS,
    commands: APP_COMMANDS,
    binding: HOST_BINDING,
    commandEvent: HOST_COMMAND_EVENT,
    global: BRIDGE_GLOBAL,
  });
  return `(() => {
  const c = ${constants};
  if (globalThis.location.origin !== c.origin) return;
  const listeners = new Set();
  const { Blob, DecompressionStream, Response, Uint8Array, atob } = globalThis;
  // Uint8Array.fromBase64 is native and ~1 ms for 1 MB; older Chromiums lack it.
  const fromBase64 = Uint8Array.fromBase64 ?? ((text) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0)));
  const decode = (answer) =>
    answer.startsWith('{')
      ? JSON.parse(answer)
      : new Response(new Blob([fromBase64(answer)]).stream().pipeThrough(new DecompressionStream('gzip'))).json();
  const bridge = {};
  for (const channel of c.channels) {
    bridge[channel] = async (input) => decode(await globalThis[c.binding](channel, JSON.stringify(input === undefined ? null : input)));
  }
  bridge.onCommand = (listener) => {
    listeners.add(listener);
    return () => { listeners.delete(listener); };
  };
  globalThis.addEventListener(c.commandEvent, (event) => {
    if (!c.commands.includes(event.detail)) return;
    for (const listener of [...listeners]) listener(event.detail);
  });
  Object.defineProperty(globalThis, c.global, { value: Object.freeze(bridge), enumerable: true });
})();`;
}
