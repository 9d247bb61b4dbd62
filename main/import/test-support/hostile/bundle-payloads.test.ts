import { describe, expect, it } from 'vitest';
import { bundlePayloads, mustStandAlone, onceOnlyKind } from './bundle-payloads';
import { hostilePayloads } from './hostile-payloads';

const payloads = hostilePayloads();
const byId = new Map(payloads.map((payload) => [payload.id, payload]));

describe.each(['html', 'markdown'] as const)('the hostile %s payloads bundled ten to a file', (route) => {
  const ofRoute = payloads.filter((payload) => payload.route === route);
  const bundles = bundlePayloads(ofRoute, 10);
  const shared = bundles.filter((bundle) => bundle.payloads.length > 1);

  it('holds every payload once, in a few dozen files', () => {
    expect(bundles.flatMap((bundle) => bundle.payloads.map((payload) => payload.id)).sort()).toEqual(
      ofRoute.map((payload) => payload.id).sort(),
    );
    expect(bundles.length).toBeLessThan(ofRoute.length / 6);
  });

  it('gives a file of its own, as generated, to each payload that needs one', () => {
    for (const payload of ofRoute.filter(mustStandAlone))
      expect(bundles.find((bundle) => bundle.id === payload.id)?.source, payload.id).toBe(payload.source);
    for (const bundle of shared) expect(bundle.payloads.filter(mustStandAlone)).toEqual([]);
  });

  it('puts at most one <meta>, <base>, <body> or <html> payload in a file', () => {
    for (const bundle of shared) {
      const kinds = bundle.payloads.flatMap((payload) => onceOnlyKind(payload) ?? []);
      expect(new Set(kinds).size, bundle.id).toBe(kinds.length);
    }
  });

  it('puts each payload between its story and a closing sentence unique to its section', () => {
    for (const bundle of shared) {
      expect(bundle.closings).toHaveLength(bundle.payloads.length);
      let from = 0;
      for (const [index, payload] of bundle.payloads.entries()) {
        const at = bundle.source.indexOf(payload.fragment, from);
        expect(bundle.source.lastIndexOf(payload.story.before, at), payload.id).toBeGreaterThanOrEqual(from);
        expect(bundle.source.indexOf(bundle.closings[index]!, at)).toBeGreaterThan(at);
        from = at + payload.fragment.length;
      }
    }
    const closings = bundles.flatMap((bundle) => bundle.closings);
    expect(new Set(closings).size).toBe(closings.length);
  });
});

describe('which payloads a file may share', () => {
  it('keeps head payloads and NUL bytes alone', () => {
    for (const id of ['html/meta-base/meta-refresh-head', 'html/script/in-head', 'html/script/nul-in-tag'])
      expect(mustStandAlone(byId.get(id)!), id).toBe(true);
    for (const id of ['html/script/inline', 'html/url/base-href/javascript', 'markdown/markdown-link/inline/javascript'])
      expect(mustStandAlone(byId.get(id)!), id).toBe(false);
  });

  it('knows <meta>, <base> and <body> as once-only, and most payloads as none', () => {
    expect(onceOnlyKind(byId.get('html/url/meta-refresh/data-html')!)).toBe('meta');
    expect(onceOnlyKind(byId.get('html/url/base-href/javascript')!)).toBe('base');
    expect(onceOnlyKind(byId.get('html/handler/body/onload')!)).toBe('body');
    expect(onceOnlyKind(byId.get('html/url/a-href/javascript')!)).toBeNull();
  });
});
