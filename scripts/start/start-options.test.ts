import { describe, expect, it } from 'vitest';
import { parseStartArgs } from './start-options';

describe('parseStartArgs', () => {
  it('passes the app its own arguments untouched', () => {
    expect(parseStartArgs(['--store', '/tmp/cases'])).toEqual({
      smoke: false,
      remoteDebuggingPort: undefined,
      appArgs: ['--store', '/tmp/cases'],
    });
  });

  it('takes --smoke for itself', () => {
    expect(parseStartArgs(['--smoke', '--store', 'x'])).toMatchObject({ smoke: true, appArgs: ['--store', 'x'] });
  });

  it('reads the DevTools port in both spellings and keeps it for Electron', () => {
    expect(parseStartArgs(['--remote-debugging-port=9333'])).toMatchObject({
      remoteDebuggingPort: 9333,
      appArgs: ['--remote-debugging-port=9333'],
    });
    expect(parseStartArgs(['--remote-debugging-port', '9444'])).toMatchObject({
      remoteDebuggingPort: 9444,
      appArgs: ['--remote-debugging-port=9444'],
    });
  });

  it('refuses a port that is not one', () => {
    expect(() => parseStartArgs(['--remote-debugging-port=http'])).toThrow(
      '--remote-debugging-port needs a port number from 1 to 65535, not "http".',
    );
    expect(() => parseStartArgs(['--remote-debugging-port'])).toThrow('not ""');
  });
});
