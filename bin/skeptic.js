#!/usr/bin/env node
// A dumb wrapper. The CLI runs from the esbuild bundle (one chunk per command instead of
// hundreds of modules: process start matters for editor and agent hooks), falling back to
// the per-file build when the bundle is missing or older than it. tsc builds incrementally
// and rewrites only changed files, so its build-info file, not one output, says when it last ran.
import { statSync } from 'node:fs';

function mtime(relative) {
  try {
    return statSync(new URL(relative, import.meta.url)).mtimeMs;
  } catch {
    return -1;
  }
}

const entry = mtime('../bundle/cli/main.js') >= mtime('../dist/.tsbuildinfo') ? '../bundle/cli/main.js' : '../dist/cli/main.js';
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
