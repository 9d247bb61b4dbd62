import { describe, expect, it } from 'vitest';
import { createWindowOptions } from './window-options';

describe('createWindowOptions', () => {
  const options = createWindowOptions('/app/out/preload/index.cjs');

  it('isolates and sandboxes the page, without Node', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the given preload', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
  });

  it('keeps a dropped file from replacing the app page', () => {
    expect(options.webPreferences?.navigateOnDragDrop).toBe(false);
  });
});
