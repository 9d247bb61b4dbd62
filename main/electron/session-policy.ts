import { app, protocol, shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '../app-page/app-origin';
import { decideNavigation, decideWindowOpen, isAppRequest } from './navigation-guard';
import { isPermissionGranted } from './permission-policy';
import { readRendererFile } from '../app-page/renderer-files';

/**
 * Registers the `app://` scheme as standard (real origin, relative URLs), secure (secure
 * context APIs such as `crypto.randomUUID`) and with V8's code cache, so the 1.5 MB renderer
 * bundle is compiled once rather than at every start. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves `rendererDir` on the app origin (with the Content-Security-Policy on every response),
 * denies every permission except the clipboard to the app's own page (its paste dialog reads
 * the clipboard), and cancels every request that is not the app's own.
 * Call once the app is ready.
 */
export function applySessionPolicy(session: Session, rendererDir: string, log: (message: string) => void): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (`${url.protocol}//${url.host}` !== APP_ORIGIN) return new Response('Not found', { status: 404 });
    const response = await readRendererFile(rendererDir, url.pathname);
    return new Response(response.body, { status: response.status, headers: response.headers });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isPermissionGranted(permission, details.requestingUrl, APP_ORIGIN);
    if (!granted) log(`Denied permission request: ${permission} from ${details.requestingUrl}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, APP_ORIGIN),
  );
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppRequest(details.url, APP_ORIGIN) || details.url.startsWith('devtools:');
    if (!allowed) log(`Blocked request: ${details.url}`);
    callback({ cancel: !allowed });
  });
}

/**
 * Keeps every web contents the app creates on the app origin: navigations elsewhere, new
 * windows and `<webview>` are refused, web links go to the system browser.
 */
export function guardAllWebContents(log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const guard = (event: { preventDefault(): void }, url: string) => {
      const decision = decideNavigation(url, APP_ORIGIN);
      if (decision.allow) return;
      event.preventDefault();
      log(`Blocked navigation: ${url}`);
      if (decision.openExternally) void shell.openExternal(url);
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (decideWindowOpen(url).openExternally) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
