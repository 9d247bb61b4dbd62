import { UserFacingError } from '../../shared/ipc/result';
import type { ImportControl } from './import-worker-pool';
import type { ImportProgress } from './route-protocol';

interface Job {
  fileName: string;
  controller: AbortController;
  progress: ImportProgress | null;
}

/**
 * The imports in progress, by the id the renderer gave each one, so it can ask how far one has
 * got and cancel it while the import request itself is still waiting for its answer.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  /**
   * Runs `work` as the import `importId` (none: an import nobody follows or cancels), giving it
   * the control to pass on to the importer. Rejects with the cancellation's UserFacingError
   * when the import was cancelled, whatever `work` did after.
   */
  async run<T>(importId: string | undefined, fileName: string, work: (control: ImportControl) => Promise<T>): Promise<T> {
    if (importId === undefined) return work({});
    if (this.jobs.has(importId)) throw new UserFacingError('invalid-request', `Import ${importId} is already running.`);
    const job: Job = { fileName, controller: new AbortController(), progress: null };
    this.jobs.set(importId, job);
    try {
      const result = await work({ signal: job.controller.signal, onProgress: (progress) => (job.progress = progress) });
      job.controller.signal.throwIfAborted();
      return result;
    } finally {
      this.jobs.delete(importId);
    }
  }

  /** How far an import has got; null when it is not (or no longer) running, or has not said yet. */
  progress(importId: string): ImportProgress | null {
    return this.jobs.get(importId)?.progress ?? null;
  }

  /** Cancels a running import (its worker is stopped, nothing is stored); false when it is not running. */
  cancel(importId: string): boolean {
    const job = this.jobs.get(importId);
    if (job === undefined || job.controller.signal.aborted) return false;
    job.controller.abort(
      new UserFacingError('import-failed', `Importing "${job.fileName}" was cancelled; nothing was added to the library.`),
    );
    return true;
  }
}
