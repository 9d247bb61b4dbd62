import { describe, expect, it } from 'vitest';
import { explainSecondLaunch, readSecondLaunch } from './second-launch';

describe('readSecondLaunch', () => {
  it("reads the store a second launch sent, and nothing from data that is not Factmark's", () => {
    expect(readSecondLaunch({ storeDir: '/cases/flood' })).toEqual({ storeDir: '/cases/flood' });
    expect(readSecondLaunch(undefined)).toBeNull();
    expect(readSecondLaunch({ storeDir: 7 })).toBeNull();
  });
});

describe('explainSecondLaunch', () => {
  it('says nothing when the second launch asked for the store already open (the window just comes forward)', () => {
    expect(explainSecondLaunch('/cases/flood/', '/cases/flood')).toBeNull();
  });

  it('says which store is open and how to open the other one', () => {
    expect(explainSecondLaunch('/cases/dam', '/cases/flood')).toEqual({
      message: 'Factmark is already open on another store.',
      detail:
        'This window uses the store in /cases/flood. To work in /cases/dam, quit Factmark (your changes are saved) and start it again with --store "/cases/dam".',
    });
  });
});
