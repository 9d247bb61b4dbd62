export { cohenKappa } from './cohen-kappa';
export {
  computeAgreement,
  type AgreementReport,
  type AnalystLayer,
  type CountedSentence,
  type PairAgreement,
  type TeamAgreement,
} from './compute-agreement';
export { chanceCorrected, noEstimate, type AgreementEstimate } from './estimate';
export { fleissKappa } from './fleiss-kappa';
export { krippendorffAlpha } from './krippendorff-alpha';
export { labelSentences, type TaggedSpan, type UnitLabel } from './label-sentences';
export { COUNTED_BLOCK_TYPES, sentenceUnits, type AgreementUnit } from './sentence-units';
