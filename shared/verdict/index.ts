export * from './preset-scales';
export * from './verdict-group';
