export { normaliseArticleUrl } from './canonical-url';
export { findSameArticle, type ArticleUrlEntry } from './find-same-article';
export { pendingReview } from './pending-review';
export { planVersionReanchor, type LayerReanchorPlan } from './plan-reanchor';
export * from './version-record';
export * from './versions-contract';
