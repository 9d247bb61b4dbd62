// Tags a sentence, lets 100 ms pass (the renderer's autosave is still waiting), then leaves the
// app one way and prints one JSON report line for quit-paths.spec.ts.
// Usage: node --import ./register.mjs quit-path.mjs <out/main/index.js> --store <dir> <path>
import { app } from 'electron';
import { openSampleArticle, pause, startShell } from './fake-page.mjs';

const [mainPath, , , path] = process.argv.slice(2);
const fake = globalThis.fakeElectron;
const MAC_PATHS = ['dock-quit', 'mac-window-close-then-dock-quit'];
if (MAC_PATHS.includes(path)) Object.defineProperty(process, 'platform', { value: 'darwin' });

const report = { path, events: [] };
fake.onExit = (code, error) => {
  Object.assign(report, { exitCode: code, error, windowsAtExit: fake.windows.length });
  console.log(JSON.stringify(report));
  process.exit(0);
};

const window = await startShell(mainPath);
const page = await openSampleArticle();
report.documentId = page.documentId;
page.tag(`tagged-before-${path}`);
await pause(100);

const quitItem = () => fake.menu.flatMap((item) => item.submenu ?? []).find((item) => item.role === 'quit');
const leave = {
  // The item's role is what Electron runs for the click and for its accelerator (Ctrl+Q, Cmd+Q).
  'menu-exit': () => (quitItem().role === 'quit' ? app.quit() : null),
  'window-close': () => window.close(),
  SIGINT: () => process.emit('SIGINT', 'SIGINT'),
  SIGTERM: () => process.emit('SIGTERM', 'SIGTERM'),
  'dock-quit': () => app.quit(),
  'mac-window-close-then-dock-quit': async () => {
    window.close();
    await pause(50);
    report.windowsAfterClose = fake.windows.length;
    app.emit('activate');
    report.windowsAfterActivate = fake.windows.length;
    page.tag(`tagged-in-reopened-window`);
    await pause(100);
    app.quit();
  },
  'windows-session-end': () => {
    const event = { preventDefault: () => report.events.push('session end prevented') };
    window.emit('query-session-end', event);
    window.emit('session-end', event);
  },
  'will-quit-only': () => app.quitWithoutBeforeQuit(),
};
await leave[path]();
