import type { HostilePayload } from './hostile-payloads';
import { wrapSectionsInHtmlPage, wrapSectionsInMarkdown } from './wrap-in-article';

/**
 * Several payloads of one route in one file, each in a section of its own: still a faithful
 * import (the file goes through the same route, and each payload sits in article prose), at a
 * fraction of the cost of one import per payload. `closings` are the sentences that end each
 * section, in order; an import that kept them all kept what followed every payload.
 */
export interface HostileBundle {
  id: string;
  route: HostilePayload['route'];
  source: string;
  payloads: HostilePayload[];
  closings: string[];
}

/**
 * Payloads that must be alone in their file, as they were generated: those that belong in the
 * head (a bundle's sections are all in the body), and those holding a NUL byte, which makes the
 * whole file binary.
 */
export function mustStandAlone(payload: HostilePayload): boolean {
  return payload.where === 'head' || payload.fragment.includes('\u0000');
}

/**
 * The kind of element a page obeys only once, if the payload holds one: a browser follows the
 * first `<meta>` refresh and the first `<base>`, and a parser moves the attributes of a later
 * `<body>` or `<html>` tag onto the page's own element only where the name is not taken yet.
 * A file holds at most one payload of each such kind, so none hides behind another.
 */
export function onceOnlyKind(payload: HostilePayload): string | null {
  return /<(meta|base|body|html)[\s/>]/iu.exec(payload.fragment)?.[1]?.toLowerCase() ?? null;
}

/** The sentence that closes section `item` of bundle `bundle` (unique across the corpus, no marker). */
export function closingSentence(bundle: number, item: number): string {
  return `This closes item ${item} of bulletin ${bundle}.`;
}

/**
 * `payloads` (of one route) as files: up to `size` to a file, neighbours apart, with at most one
 * payload of each once-only kind per file (see onceOnlyKind); then each payload that must stand
 * alone (or a once-only one there is no room for) in a file of its own, its generated source.
 */
export function bundlePayloads(payloads: readonly HostilePayload[], size: number): HostileBundle[] {
  const shared = payloads.filter((payload) => !mustStandAlone(payload));
  const members: HostilePayload[][] = Array.from({ length: Math.ceil(shared.length / size) }, () => []);
  const alone = payloads.filter(mustStandAlone);
  // Dealt round the files like cards: payloads next to each other in the corpus are variants of
  // one trick with the same visible text, and cleaning drops a paragraph that repeats another
  // in the same article, so neighbours go to different files.
  shared.forEach((payload, index) => {
    const kind = onceOnlyKind(payload);
    const fits = (bundle: HostilePayload[]) =>
      bundle.length < size && (kind === null || bundle.every((other) => onceOnlyKind(other) !== kind));
    const home = members.map((_, turn) => members[(index + turn) % members.length]!).find(fits);
    if (home) home.push(payload);
    else alone.push(payload);
  });
  const bundles = members
    .filter((bundle) => bundle.length > 0)
    .map((bundle, index): HostileBundle => {
      const number = index + 1;
      const route = bundle[0]!.route;
      const title = `Harbour bulletin ${number}`;
      const closings = bundle.map((_, item) => closingSentence(number, item + 1));
      const sections = bundle.map((payload, item) => ({ story: payload.story, fragment: payload.fragment, closing: closings[item]! }));
      const source = route === 'html' ? wrapSectionsInHtmlPage(title, sections) : wrapSectionsInMarkdown(title, sections);
      return { id: `${route}/bulletin-${number}`, route, source, payloads: bundle, closings };
    });
  return [
    ...bundles,
    ...alone.map((payload) => ({ id: payload.id, route: payload.route, source: payload.source, payloads: [payload], closings: [] })),
  ];
}
