import type { LockfileFormat } from '../../../core/target.js';
import type { Extraction } from '../types.js';
import { extractBunLock } from './bun-lock.js';
import { extractCargoLock } from './cargo-lock.js';
import { extractComposerLock } from './composer-lock.js';
import { extractGemfileLock } from './gemfile-lock.js';
import { extractGoMod, extractGoSum } from './go-mod.js';
import { extractPackageJson } from './package-json.js';
import { extractPackageLock } from './package-lock.js';
import { extractPipfileLock } from './pipfile-lock.js';
import { extractPnpmLock } from './pnpm-lock.js';
import { extractPoetryLock } from './poetry-lock.js';
import { extractPyproject } from './pyproject-toml.js';
import { extractRequirements } from './requirements-txt.js';
import { extractUvLock } from './uv-lock.js';
import { extractYarnLock } from './yarn-lock.js';

/** One extractor per format; each returns problems instead of throwing on bad input. */
export function extract(format: LockfileFormat, text: string, path: string): Extraction {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  switch (format) {
    case 'package-lock': return extractPackageLock(body, 'package-lock');
    case 'npm-shrinkwrap': return extractPackageLock(body, 'npm-shrinkwrap');
    case 'yarn-lock': return extractYarnLock(body);
    case 'pnpm-lock': return extractPnpmLock(body);
    case 'bun-lock': return extractBunLock(body);
    case 'package-json': return extractPackageJson(body);
    case 'requirements-txt': return extractRequirements(body, path);
    case 'poetry-lock': return extractPoetryLock(body);
    case 'pipfile-lock': return extractPipfileLock(body);
    case 'uv-lock': return extractUvLock(body);
    case 'pyproject-toml': return extractPyproject(body);
    case 'go-mod': return extractGoMod(body);
    case 'go-sum': return extractGoSum(body);
    case 'cargo-lock': return extractCargoLock(body);
    case 'gemfile-lock': return extractGemfileLock(body);
    case 'composer-lock': return extractComposerLock(body);
  }
}
