import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../app-page/app-origin';
import { decideNavigation, decideWindowOpen, isAppRequest } from './navigation-guard';

describe('decideNavigation', () => {
  it('allows pages of the app origin', () => {
    expect(decideNavigation(`${APP_ORIGIN}/index.html`, APP_ORIGIN)).toEqual({ allow: true, openExternally: false });
  });

  it('keeps an article link out of the window and opens it in the system browser', () => {
    expect(decideNavigation('https://news.example.com/story', APP_ORIGIN)).toEqual({ allow: false, openExternally: true });
    expect(decideNavigation('http://news.example.com/', APP_ORIGIN)).toEqual({ allow: false, openExternally: true });
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://evil/index.html', 'not a url'])(
    'refuses %s without opening anything',
    (url) => {
      expect(decideNavigation(url, APP_ORIGIN)).toEqual({ allow: false, openExternally: false });
    },
  );

  it('refuses a look-alike host that merely starts with the app origin', () => {
    expect(decideNavigation('app://factmark.evil/index.html', APP_ORIGIN).allow).toBe(false);
  });
});

describe('decideWindowOpen', () => {
  it('never opens an app window, even for the app origin', () => {
    expect(decideWindowOpen(`${APP_ORIGIN}/index.html`)).toEqual({ allow: false, openExternally: false });
  });

  it('sends web links to the system browser', () => {
    expect(decideWindowOpen('https://example.org/')).toEqual({ allow: false, openExternally: true });
  });
});

describe('isAppRequest', () => {
  it('lets the app load its own files, data: images and its own blobs', () => {
    expect(isAppRequest(`${APP_ORIGIN}/assets/app.js`, APP_ORIGIN)).toBe(true);
    expect(isAppRequest('data:image/png;base64,AAAA', APP_ORIGIN)).toBe(true);
    expect(isAppRequest(`blob:${APP_ORIGIN}/0f2c`, APP_ORIGIN)).toBe(true);
  });

  it('blocks requests to anywhere else', () => {
    expect(isAppRequest('https://tracker.example.com/pixel.gif', APP_ORIGIN)).toBe(false);
    expect(isAppRequest('blob:https://example.com/0f2c', APP_ORIGIN)).toBe(false);
    expect(isAppRequest('file:///etc/hosts', APP_ORIGIN)).toBe(false);
  });
});
