export * from './accelerator';
export * from './command-condition';
export * from './command-registry';
