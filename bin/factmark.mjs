#!/usr/bin/env node
// The command line runs the TypeScript sources through tsx, so it works straight after
// `npm install` in a fresh clone, with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../main/cli/run-cli.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
