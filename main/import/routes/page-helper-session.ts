import type { MessagePort } from 'node:worker_threads';
import { HelperGone, type PageHelper, type PageReading } from '../pdf';
import type { PdfPagesAnswer, PdfPagesRequest } from '../route-protocol';

/**
 * The import worker's side of a session with the PDF page helper, on the `port` the pool lent
 * (see `lendPdfPageHelper`): sends the helper `bytes` and asks it for pages. `opened` resolves
 * once the helper has the file open (false if it could not open it, or the session ended first).
 * A page the helper cannot read rejects with an Error; once the helper is gone (its thread
 * stopped, or it could not open the file), every read rejects with a `HelperGone`. `close` ends
 * the session and closes the port.
 */
export function openPageHelperSession(port: MessagePort, bytes: Uint8Array): PageHelper {
  const waiting = new Map<number, { resolve: (reading: PageReading) => void; reject: (error: Error) => void }>();
  let gone = false;
  let markOpened: (opened: boolean) => void = () => undefined;
  const opened = new Promise<boolean>((resolve) => (markOpened = resolve));
  const send = (request: PdfPagesRequest) => port.postMessage(request);
  const stop = () => {
    gone = true;
    markOpened(false);
    for (const { reject } of waiting.values()) reject(new HelperGone('The PDF page helper stopped.'));
    waiting.clear();
    port.off('message', onAnswer);
    port.close();
  };
  const onAnswer = (answer: PdfPagesAnswer) => {
    if (answer.type === 'opened') return markOpened(true);
    if (answer.type === 'open-failed') return stop();
    const reader = waiting.get(answer.page);
    waiting.delete(answer.page);
    if (answer.type === 'page') reader?.resolve(answer.reading);
    else reader?.reject(new Error(`The PDF page helper could not read page ${answer.page}.`));
  };
  port.on('message', onAnswer);
  port.once('close', stop);
  send({ type: 'open', bytes });
  return {
    opened,
    read(page) {
      if (gone) return Promise.reject(new HelperGone('The PDF page helper stopped.'));
      return new Promise<PageReading>((resolve, reject) => {
        waiting.set(page, { resolve, reject });
        send({ type: 'read', page });
      });
    },
    close: stop,
  };
}
