#!/usr/bin/env node
// `npx osh-review` works right after `npm ci`, with no build step to remember: it runs the command line bundled
// from the TypeScript sources (bin/cli-bundle.js: built on first use and again after any source changes), or the
// sources themselves through tsx when there is no bundle to be had.
import { pathToFileURL } from 'node:url';
import { bundledCli } from './cli-bundle.js';

const bundle = await bundledCli();
let main;
if (bundle) ({ main } = await import(pathToFileURL(bundle).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
