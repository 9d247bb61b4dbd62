// Starts the TypeScript import worker where the sources run unbuilt (the command line, tests, the
// Chromium host under tsx or Playwright): a worker thread does not inherit its parent's loader,
// so tsx is registered here before the entry named in workerData is imported. The built app runs
// out/main/import-worker.js directly and never loads this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
