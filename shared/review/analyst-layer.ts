import type { Annotation, Creator } from '../model/annotation';

/** One analyst's annotations on a document, as review compares them. */
export interface AnalystLayer {
  analyst: Creator;
  annotations: readonly Annotation[];
}

/** The creator id of the adjudicated layer: fixed, so it exports and compares like any analyst's. */
export const ADJUDICATED_ID = 'adjudicated';
