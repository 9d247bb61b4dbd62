// `node --import register.mjs …`: Electron is the fake beside this file. When
// FACTMARK_UNSHIPPED_PACKAGES holds a JSON array of package directories (see
// e2e/electron/fake-electron-run.ts), those cannot be loaded, by `import` or by `require`, so
// the built main process runs with exactly what the packaged app ships. Worker threads inherit
// this through execArgv.
import Module, { register } from 'node:module';
import { isUnshipped } from './hooks.mjs';

const unshipped = JSON.parse(process.env.FACTMARK_UNSHIPPED_PACKAGES ?? '[]');
register(new URL('./hooks.mjs', import.meta.url), { data: { unshipped } });

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const file = resolveFilename.call(this, request, ...rest);
  if (isUnshipped(file, unshipped)) {
    throw Object.assign(new Error(`Cannot find module '${request}': electron-builder leaves it out of the app`), {
      code: 'MODULE_NOT_FOUND',
    });
  }
  return file;
};
