import type { Annotation, Creator } from '../model/annotation';
import { LAYER_SCHEMA_VERSION, type AnnotationLayer } from '../model/annotation-layer';
import { ADJUDICATED_ID, type AnalystLayer } from './analyst-layer';
import { annotationKey, type ReviewDecision } from './review-file';

/** The adjudicated layer of a document and the reviewer whose decisions formed it. */
export interface AdjudicatedLayer {
  layer: AnnotationLayer;
  reviewer: Creator;
}

/**
 * The layer the reviewer's accepted annotations form. It is an ordinary annotation layer (so it
 * exports and is compared like any other) whose creator has the fixed id `adjudicated` and a
 * name that records the reviewer. Each annotation keeps its tag, note, claim record and target;
 * its id is the original creator's id and the original id, so accepting two colleagues'
 * annotations that share an id keeps both; `modified` is when it was accepted. Links to claims
 * follow the claims' new ids, and are left out where the claim was not accepted. Decisions about
 * annotations no layer holds any more are left out.
 */
export function buildAdjudicatedLayer(
  documentId: string,
  reviewer: Creator,
  layers: readonly AnalystLayer[],
  decisions: readonly ReviewDecision[],
): AdjudicatedLayer {
  const creator: Creator = { id: ADJUDICATED_ID, name: `Adjudicated (${reviewer.name})`.slice(0, 200) };
  const byKey = new Map<string, Annotation>();
  for (const layer of layers) {
    if (layer.analyst.id === ADJUDICATED_ID) continue;
    for (const a of layer.annotations) byKey.set(annotationKey({ analystId: layer.analyst.id, annotationId: a.id }), a);
  }
  const accepted: Array<{ analystId: string; original: Annotation; decided: string }> = [];
  for (const decision of decisions) {
    if (decision.decision !== 'accepted') continue;
    const original = byKey.get(annotationKey(decision));
    if (original) accepted.push({ analystId: decision.analystId, original, decided: decision.decided });
  }
  const newId = (analystId: string, id: string) => `${analystId}/${id}`.slice(0, 200);
  const acceptedIds = new Set(accepted.map(({ analystId, original }) => newId(analystId, original.id)));
  const annotations = accepted.map(({ analystId, original, decided }): Annotation => {
    const annotation: Annotation = { ...original, id: newId(analystId, original.id), creator, modified: decided };
    if (!original.body.links) return annotation;
    // A link follows its claim into the layer under the claim's new id; a link to a claim the
    // reviewer did not accept would point at nothing here, so it stays behind in the colleague's layer.
    const links = original.body.links
      .map((link) => ({ ...link, claim: newId(analystId, link.claim) }))
      .filter((link) => acceptedIds.has(link.claim));
    const body: Annotation['body'] = { ...original.body, links };
    if (links.length === 0) delete body.links;
    return { ...annotation, body };
  });
  annotations.sort((a, b) => a.target.selector.position.start - b.target.selector.position.start || a.id.localeCompare(b.id));
  return { layer: { schemaVersion: LAYER_SCHEMA_VERSION, documentId, analyst: creator, annotations }, reviewer };
}
