import type { MessagePort } from 'node:worker_threads';
import { UserFacingError } from '../../../shared/ipc/result';
import type { RouteMessage, WorkerRequest } from '../route-protocol';
import { runRoute } from './run-route';
import { warmRoutes } from './warm-routes';

/**
 * The import worker's side of the pool (`import-worker-pool.ts`), on `port`: one request at a
 * time, answered with progress messages and then `done` or `failed`; a `warm` request is answered
 * with `warmed` once every route's modules are loaded. The worker stays alive between requests
 * (jsdom, mammoth and pdf.js load once); cancelling an import terminates it.
 */
export function serveImports(port: MessagePort): void {
  port.on('message', (request: WorkerRequest) => {
    const post = (message: RouteMessage) => port.postMessage(message);
    if ('type' in request) {
      // Warming is only a head start: a failure here is met again, with its message, by the import.
      void warmRoutes().finally(() => post({ type: 'warmed' }));
      return;
    }
    runRoute(request, (progress) => post({ type: 'progress', progress })).then(
      (parts) => post({ type: 'done', parts }),
      (error: unknown) =>
        post(
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
