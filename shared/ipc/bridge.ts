import type { AppCommand, Channel } from './channels';
import type { Input, Output } from './contract';
import type { IpcResult } from './result';

/**
 * What the preload (or the Chromium host) puts on `window.factmark`: exactly one function per
 * channel, plus a subscription to app commands. Responses are unvalidated until the renderer's
 * client checks them against the contract.
 */
export type Bridge = { [C in Channel]: (input: Input<C>) => Promise<IpcResult<Output<C>>> } & {
  onCommand(listener: (command: AppCommand) => void): () => void;
};
