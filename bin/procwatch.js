#!/usr/bin/env node
// The `procwatch` command: runs the TypeScript CLI through tsx, so the checkout needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../scrapers/cli.ts');
process.exitCode = await main(process.argv.slice(2));
