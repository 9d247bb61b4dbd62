// Runs the built shell against the fake Electron, acts as its page, menu and user would, then
// quits and prints one JSON report line for window-wiring.spec.ts to check.
// Usage: node --import ./register.mjs drive.mjs <out/main/index.js> --store <dir>
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { app } from 'electron';

const [mainPath, , storeDir] = process.argv.slice(2);
const fake = globalThis.fakeElectron;
const report = {};
fake.onExit = (code, error) => {
  report.exitCode = code;
  if (error) report.error = error;
  report.storeFilesAtExit = readdirSync(storeDir);
  console.log(JSON.stringify(report));
  process.exit(0);
};

await import(pathToFileURL(mainPath).href);
const window = fake.windows[0] ?? (await waitFor(() => fake.windows[0]));
if (!window.url) await new Promise((resolve) => window.once('loaded', resolve));

const serve = async (url) => {
  const response = await fake.protocolHandlers.get('app')(new Request(url));
  return { status: response.status, csp: response.headers.get('content-security-policy') };
};
const invoke = (channel, frameUrl, payload) => fake.handlers.get(channel)({ senderFrame: { url: frameUrl, parent: null } }, payload);
const decide = (url) => new Promise((resolve) => fake.beforeRequest({ url }, (answer) => resolve(answer)));
const navigation = (url) => {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  window.webContents.emit('will-navigate', event, url);
  return event.defaultPrevented ? 'refused' : 'allowed';
};
const menuItem = (label) => fake.menu.flatMap((item) => item.submenu ?? []).find((item) => item.label === label);

Object.assign(report, {
  schemes: fake.schemes,
  webPreferences: window.options.webPreferences,
  menuBarVisible: window.menuBarVisible,
  url: window.url,
  page: await serve(window.url),
  traversal: await serve('app://factmark/..%2f..%2fpackage.json'),
  channels: [...fake.handlers.keys()],
  libraryFromApp: await invoke('library:list', window.url, {}),
  libraryFromElsewhere: await invoke('library:list', 'https://evil.example/', {}),
  invalidPayload: await invoke('document:open', window.url, { documentId: 7 }),
  trackerRequest: await decide('https://tracker.example/pixel.gif'),
  ownRequest: await decide('app://factmark/assets/app.js'),
  permissionCheck: fake.permissionCheck?.(null, 'geolocation', 'app://factmark', {}),
  clipboardCheckFromApp: fake.permissionCheck?.(null, 'clipboard-read', 'app://factmark', {}),
  clipboardCheckFromElsewhere: fake.permissionCheck?.(null, 'clipboard-read', 'https://evil.example', {}),
  clipboardRequestFromApp: await new Promise((resolve) =>
    fake.permissionRequest(null, 'clipboard-read', resolve, { requestingUrl: window.url }),
  ),
  clipboardRequestFromElsewhere: await new Promise((resolve) =>
    fake.permissionRequest(null, 'clipboard-read', resolve, { requestingUrl: 'https://evil.example/' }),
  ),
  navigationAway: navigation('https://example.org/story'),
  navigationHome: navigation('app://factmark/index.html'),
  windowOpen: window.webContents.windowOpenHandler({ url: 'https://example.org/source' }),
});
menuItem('&Undo').click();
menuItem('&Open…').click();
Object.assign(report, { sent: fake.sent, openedExternally: fake.openedExternally });
app.emit('window-all-closed');

async function waitFor(read) {
  for (;;) {
    const value = read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
