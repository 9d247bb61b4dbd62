export * from './claimant-prefill';
export * from './claims-table';
export * from './link-integrity';
export * from './source-warnings';
export * from './suggest-statement';
