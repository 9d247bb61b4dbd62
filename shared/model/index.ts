export * from './annotation';
export * from './annotation-layer';
export * from './article';
export * from './claim-record';
export * from './library';
export * from './rating-scale';
export * from './settings';
export * from './summarize-article';
