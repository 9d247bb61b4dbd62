import type { MessagePort } from 'node:worker_threads';
import { UserFacingError } from '../../../shared/ipc/result';
import type { RouteMessage, WorkerRequest } from '../route-protocol';
import { openPdfPageHelper, startPdfPageHelper } from './open-pdf-page-helper';
import { runRoute } from './run-route';
import { warmRoutes } from './warm-routes';

/**
 * The import worker's side of the pool (`import-worker-pool.ts`): one request at a time from the
 * thread that started it, answered with progress messages and then `done` or `failed`; a `warm`
 * request is answered with `warmed` once every route's modules are loaded. The worker stays alive
 * between requests (the parsers and pdf.js load once); cancelling an import terminates it. After
 * a PDF it starts its PDF page helper, which reads a share of the next long PDF's pages.
 */
export function serveImports(port: MessagePort): void {
  port.on('message', (request: WorkerRequest) => {
    const post = (message: RouteMessage) => port.postMessage(message);
    if ('type' in request) {
      // Warming is only a head start: a failure here is met again, with its message, by the import.
      void warmRoutes().finally(() => post({ type: 'warmed' }));
      return;
    }
    const answer = (message: RouteMessage) => {
      post(message);
      // After a PDF the helper starts for the next one, once this import's limits no longer watch.
      if (request.route === 'pdf') startPdfPageHelper();
    };
    runRoute(request, (progress) => post({ type: 'progress', progress }), openPdfPageHelper).then(
      (parts) => answer({ type: 'done', parts }),
      (error: unknown) =>
        answer(
          error instanceof UserFacingError
            ? { type: 'failed', code: error.code, message: error.message, userFacing: true }
            : {
                type: 'failed',
                code: 'internal',
                message: error instanceof Error ? (error.stack ?? error.message) : String(error),
                userFacing: false,
              },
        ),
    );
  });
}
