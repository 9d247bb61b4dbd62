import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { contract, type Input, type Output } from '../../../shared/ipc/contract';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { IpcErrorCode } from '../../../shared/ipc/result';

/** A failed request; `message` is written for the analyst (it names the file and the problem). */
export class IpcError extends Error {
  constructor(
    readonly code: IpcErrorCode | 'bad-response',
    message: string,
  ) {
    super(message);
    this.name = 'IpcError';
  }
}

/** One typed async function per channel; each resolves to the validated response. */
export type Client = { [C in Channel]: (input: Input<C>) => Promise<Output<C>> };

/**
 * Answers taken as main sent them. Each is an article and its layer that main validated when it
 * read them from disk (the store's files) or built them itself (typed): checking megabytes of
 * them again here cost every open of a large article its parse and the garbage that made.
 */
const TRUSTED_ANSWERS: ReadonlySet<Channel> = new Set(['document:open', 'document:restoreLines']);

/**
 * Wraps the bridge so every response is checked against the contract's output schema, except
 * the `TRUSTED_ANSWERS` whose contents main has already validated: a malformed answer must fail
 * loudly, naming the problem, not render.
 * Rejects with an IpcError carrying the main side's message on `{ ok: false }`.
 */
export function createClient(bridge: Bridge): Client {
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const send = bridge[channel] as (input: Input<C>) => Promise<unknown>;
    const result = (await send(input)) as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } } | null;
    if (result?.ok === false) {
      const message = typeof result.error?.message === 'string' ? result.error.message : `${channel} failed.`;
      throw new IpcError((result.error?.code as IpcErrorCode | undefined) ?? 'internal', message);
    }
    if (result?.ok === true && TRUSTED_ANSWERS.has(channel) && typeof result.value === 'object' && result.value !== null) {
      return result.value as Output<C>;
    }
    const parsed = result?.ok === true ? contract[channel].output.safeParse(result.value) : null;
    if (!parsed?.success) {
      const issue = parsed?.error.issues[0];
      const where = issue ? ` at ${issue.path.join('.') || 'the top'}: ${issue.message}` : '';
      throw new IpcError('bad-response', `Factmark received an unreadable answer to ${channel}${where}.`);
    }
    return parsed.data as Output<C>;
  };
  return Object.fromEntries(CHANNELS.map((c) => [c, (input: Input<typeof c>) => call(c, input)])) as Client;
}

/** The bridge the preload or the Chromium host put on `window.factmark`, or null outside them. */
export function findBridge(): Bridge | null {
  const candidate = (window as Window & { factmark?: Bridge }).factmark;
  return candidate && typeof candidate === 'object' ? candidate : null;
}
