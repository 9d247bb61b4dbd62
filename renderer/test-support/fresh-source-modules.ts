import { vi } from 'vitest';

// The renderer's and main's unit tests share a worker's loaded modules from file to file
// (vitest.config.ts), yet some of their own modules keep state between calls: the reading
// preferences in force, badge templates built in one file's DOM, the library's shared "changed at
// source" answer, main's worker pools and caches. Each test file therefore evaluates the project's
// own modules afresh, while React, ProseMirror, jsdom, isomorphic-git and the other libraries stay
// loaded, which is where the start-up time went.
vi.resetModules();
