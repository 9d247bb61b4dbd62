export * from './annotation';
export * from './annotation-layer';
export * from './article';
export * from './claim-record';
export * from './library';
export * from './settings';
export * from './summarize-article';
