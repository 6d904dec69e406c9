#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npx osh-review` works right
// after `npm ci` with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
