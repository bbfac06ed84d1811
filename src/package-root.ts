import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's root, found by walking up from this module. The same code runs
 * from dist/ (tests, library) and from the esbuild bundle under bundle/ (the CLI), at
 * different depths, so paths to package files are resolved from here, never by counting `..`.
 */
export const PACKAGE_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'bin', 'skeptic.js'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return dirname(dirname(fileURLToPath(import.meta.url)));
    dir = parent;
  }
})();

/** True when running from the CLI bundle rather than the per-file build. */
export const BUNDLED = /[\\/]bundle[\\/]/.test(fileURLToPath(import.meta.url));
