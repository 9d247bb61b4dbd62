import type { Annotation } from '../model/annotation';
import type { Article } from '../model/article';
import { FACTMARK_VOCAB, toFactmarkIri } from './factmark-iris';

/**
 * The annotations as a W3C Web Annotation AnnotationCollection (JSON-LD), items in its first
 * page. Each annotation has a TextualBody with purpose `tagging` (the tag) and, when there is a
 * note, one with purpose `commenting`; its creator; and a target whose source is the article's
 * URL (or a Factmark IRI when it has none) with a TextQuoteSelector and a TextPositionSelector.
 * The claim record, links and sources travel as `factmark:` extension properties, so an import
 * into Factmark loses nothing and other tools can ignore them.
 */
export function toAnnotationCollection(article: Article, annotations: readonly Annotation[], generated: string): object {
  const source = /^https?:\/\//i.test(article.metadata.url ?? '') ? article.metadata.url! : toFactmarkIri('document', article.id);
  const items = annotations.map((a) => toWebAnnotation(a, source));
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { factmark: FACTMARK_VOCAB }],
    id: toFactmarkIri('collection', article.id),
    type: 'AnnotationCollection',
    label: article.metadata.title,
    total: items.length,
    generated,
    generator: { id: 'urn:factmark:app', type: 'Software', name: 'Factmark' },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function toWebAnnotation(annotation: Annotation, source: string): object {
  const { body, creator, target } = annotation;
  const bodies: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: body.tag }];
  if (body.note)
    bodies.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: body.note,
      format: 'text/plain',
    });
  return {
    id: toFactmarkIri('annotation', annotation.id),
    type: 'Annotation',
    motivation: body.note ? ['tagging', 'commenting'] : 'tagging',
    created: annotation.created,
    modified: annotation.modified,
    creator: {
      id: toFactmarkIri('analyst', creator.id),
      type: 'Person',
      name: creator.name,
    },
    body: bodies,
    target: {
      source,
      selector: [target.selector.quote, target.selector.position],
    },
    ...(body.claim ? { 'factmark:claim': body.claim } : {}),
    ...(body.links ? { 'factmark:links': body.links } : {}),
    ...(body.sources ? { 'factmark:sources': body.sources } : {}),
  };
}
