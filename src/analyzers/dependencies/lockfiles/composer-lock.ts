import type { Dependency, Extraction } from '../types.js';
import { isRecord, JsonKeyLines, str } from './json-lines.js';

/** composer.lock: `packages` (prod) and `packages-dev` arrays of { name, version, source, dist, license }. */
export function extractComposerLock(text: string): Extraction {
  const dependencies: Dependency[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { format: 'composer-lock', kind: 'lockfile', ecosystem: 'Packagist', dependencies, problems: [`invalid JSON: ${(error as Error).message}`] };
  }
  if (!isRecord(doc) || (!('packages' in doc) && !('packages-dev' in doc))) {
    return { format: 'composer-lock', kind: 'lockfile', ecosystem: 'Packagist', dependencies, problems: ['not a composer.lock: no packages'] };
  }
  const problems: string[] = [];
  const lines = new JsonKeyLines(text);
  for (const [section, dev] of [['packages', false], ['packages-dev', true]] as const) {
    const list = doc[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) { problems.push(`${section} is not an array`); continue; }
    list.forEach((pkg, i) => {
      const name = isRecord(pkg) ? str(pkg['name']) : undefined;
      const version = isRecord(pkg) ? str(pkg['version']) : undefined;
      if (!isRecord(pkg) || !name || !version) { problems.push(`${section}[${i}] has no name or version`); return; }
      const dist = isRecord(pkg['dist']) ? pkg['dist'] : {};
      const src = isRecord(pkg['source']) ? pkg['source'] : {};
      const isDev = version.startsWith('dev-') || version.endsWith('-dev');
      const license = Array.isArray(pkg['license']) ? pkg['license'].filter((l) => typeof l === 'string').join(' OR ') : undefined;
      dependencies.push({
        ecosystem: 'Packagist', name, version: version.replace(/^v(?=\d)/, ''), direct: false, dev,
        line: lines.line([section, i, 'name']) ?? 1,
        source: isDev && src['type'] === 'git' ? 'git' : 'registry',
        ...(isDev && str(src['url']) ? { location: str(src['url'])! } : {}),
        ...(str(dist['shasum']) ? { integrity: `sha1:${str(dist['shasum'])}` } : {}),
        ...(license ? { license } : {}),
        ...(isRecord(pkg['require']) ? { dependsOn: Object.keys(pkg['require']).filter((r) => r.includes('/')) } : {}),
      });
    });
  }
  return { format: 'composer-lock', kind: 'lockfile', ecosystem: 'Packagist', dependencies, problems };
}
