#!/usr/bin/env node
// A dumb wrapper: everything lives in dist/cli.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
