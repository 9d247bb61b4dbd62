export * from './rating-scale';
export * from './preset-scales';
export * from './verdict-group';
