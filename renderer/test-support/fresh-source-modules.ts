import { vi } from 'vitest';

// The renderer's unit tests share a worker's loaded modules from file to file (vitest.config.ts),
// yet some of the renderer's own modules keep state between calls: the reading preferences in
// force, badge templates built in one file's DOM, the library's shared "changed at source"
// answer. Each test file therefore evaluates the renderer's (and shared/'s) modules afresh, while
// React, ProseMirror and the other libraries stay loaded, which is where the start-up time went.
vi.resetModules();
