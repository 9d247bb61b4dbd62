// Sends the Electron events the shell relies on (ready, activate, second-instance,
// render-process-gone, child-process-gone, then before-quit and will-quit through a quit) and
// prints one JSON report line of what the shell did, for app-events.spec.ts.
// Usage: node --import ./register.mjs app-events.mjs <out/main/index.js> --store <dir> <other store dir>
import { app } from 'electron';
import { invoke, openSampleArticle, startShell } from './fake-page.mjs';

const [mainPath, , storeDir, otherStoreDir] = process.argv.slice(2);
const fake = globalThis.fakeElectron;
const logs = [];
const warn = console.warn;
console.warn = (...args) => {
  logs.push(args.join(' '));
  warn(...args);
};
const report = {};
fake.onExit = (code) => {
  Object.assign(report, { exitCode: code, logs, errorBoxes: fake.errorBoxes });
  console.log(JSON.stringify(report));
  process.exit(0);
};

const window = await startShell(mainPath);
report.askedForStore = fake.singleInstanceData;

app.emit('activate');
report.focusedOnActivate = window.focusCount;

app.emit('second-instance', {}, ['factmark', '--store', storeDir], '/', { storeDir });
report.sameStoreLaunch = { focused: window.focusCount, messages: fake.messageBoxes.length };
app.emit('second-instance', {}, ['factmark', '--store', otherStoreDir], '/', { storeDir: otherStoreDir });
report.otherStoreLaunch = { focused: window.focusCount, messages: fake.messageBoxes.map(({ message, detail }) => ({ message, detail })) };

const page = await openSampleArticle();
page.tag('saved-before-crash');
await page.saveNow();
const crash = (reason) => window.webContents.emit('render-process-gone', {}, { reason, exitCode: 139 });
crash('crashed');
report.loadsAfterCrash = [...window.loads];
const reopened = (await invoke('document:open', { documentId: page.documentId })).value;
report.annotationsAfterReload = reopened.annotations.map((annotation) => annotation.id);
page.tag('saved-after-reload');
await page.saveNow();
window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
report.loadsAfterCleanExit = window.loads.length;
crash('oom');
crash('killed');
crash('crashed');
report.loadsAfterCrashLoop = window.loads.length;

app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 });
app.quit();
