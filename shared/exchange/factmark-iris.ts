/**
 * The IRIs Factmark writes into Web Annotations for things that have no web address of their
 * own, so they read back to the same ids: `urn:factmark:annotation:<id>`, `…:analyst:<id>`,
 * `…:document:<id>`, the id percent-encoded. Also the namespace of Factmark's extension
 * properties (claim record, links, sources), which other tools ignore.
 */
export const FACTMARK_VOCAB = 'urn:factmark:vocab:';

type Kind = 'annotation' | 'analyst' | 'document' | 'collection';

/** The IRI naming a Factmark thing of this kind. */
export function toFactmarkIri(kind: Kind, id: string): string {
  return `urn:factmark:${kind}:${encodeURIComponent(id)}`;
}

/** The id inside a Factmark IRI of this kind, or undefined when the IRI is someone else's. */
export function fromFactmarkIri(kind: Kind, iri: string): string | undefined {
  const prefix = `urn:factmark:${kind}:`;
  if (!iri.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(iri.slice(prefix.length));
  } catch {
    return undefined;
  }
}
