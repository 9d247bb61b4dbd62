// The folders directly inside shared/, top to bottom: a folder imports only the folders listed
// after it (eslint.config.js, rule layers/folder-order; tests and type-only imports count too).
// test-support and fixtures folders stand outside the order: tests may use them anywhere.
export default [
  'commands',
  'ipc',
  'sync',
  'search',
  'similar',
  'factcheck',
  'versions',
  'review',
  'report',
  'exchange',
  'claims',
  'agreement',
  'suggest',
  'diff',
  'verdict',
  'segment',
  'clean',
  'language',
  'anchoring',
  'random',
  'model',
  'text',
];
