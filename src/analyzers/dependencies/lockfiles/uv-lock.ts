import type { Dependency, DependencySource, Extraction } from '../types.js';
import { isRecord, str } from './json-lines.js';
import { arrayTableLines, parseToml } from './toml.js';
import { normalizePypi } from './python-spec.js';

/**
 * uv.lock: `[[package]]` with a `source` table. The project itself has an `editable` or
 * `virtual` source; its `dependencies` are the direct ones, its `dev-dependencies` the dev ones.
 */
export function extractUvLock(text: string): Extraction {
  const { doc, problem } = parseToml(text);
  const dependencies: Dependency[] = [];
  if (!doc) return { format: 'uv-lock', kind: 'lockfile', ecosystem: 'PyPI', dependencies, problems: [problem!] };
  const problems: string[] = [];
  if (doc['version'] === undefined && doc['package'] === undefined) problems.push('not a uv.lock: no version and no [[package]]');
  const packages = Array.isArray(doc['package']) ? doc['package'] : [];
  const lines = arrayTableLines(text, 'package');
  const directProd = new Set<string>();
  const directDev = new Set<string>();
  const roots = new Set<number>();
  packages.forEach((pkg, i) => {
    if (!isRecord(pkg) || !isRecord(pkg['source'])) return;
    const s = pkg['source'];
    if (s['editable'] === '.' || s['virtual'] === '.' || (str(s['editable']) && !str(pkg['version'])) || str(s['virtual'])) {
      roots.add(i);
      const names = (list: unknown) => (Array.isArray(list) ? list : []).map((d) => (isRecord(d) ? str(d['name']) : undefined)).filter((n): n is string => !!n).map(normalizePypi);
      names(pkg['dependencies']).forEach((n) => directProd.add(n));
      if (isRecord(pkg['optional-dependencies'])) Object.values(pkg['optional-dependencies']).forEach((l) => names(l).forEach((n) => directProd.add(n)));
      if (isRecord(pkg['dev-dependencies'])) Object.values(pkg['dev-dependencies']).forEach((l) => names(l).forEach((n) => directDev.add(n)));
    }
  });
  packages.forEach((pkg, i) => {
    if (roots.has(i)) return;
    const name = isRecord(pkg) ? str(pkg['name']) : undefined;
    if (!isRecord(pkg) || !name) {
      problems.push(`[[package]] #${i + 1} has no name`);
      return;
    }
    const s = isRecord(pkg['source']) ? pkg['source'] : {};
    let source: DependencySource = 'registry';
    let location: string | undefined;
    if (str(s['git'])) { source = 'git'; location = str(s['git']); }
    else if (str(s['url'])) { source = 'tarball'; location = str(s['url']); }
    else if (str(s['path']) || str(s['directory']) || str(s['editable'])) { source = 'path'; location = str(s['path']) ?? str(s['directory']) ?? str(s['editable']); }
    const version = str(pkg['version']);
    if (!version && source === 'registry') {
      problems.push(`[[package]] ${name} has no version`);
      return;
    }
    const n = normalizePypi(name);
    const sdist = isRecord(pkg['sdist']) ? str(pkg['sdist']['hash']) : undefined;
    dependencies.push({
      ecosystem: 'PyPI', name, ...(version ? { version } : {}),
      direct: directProd.has(n) || directDev.has(n), dev: directDev.has(n) && !directProd.has(n),
      line: lines[i] ?? 1, source, ...(location ? { location } : {}),
      ...(sdist ? { integrity: sdist } : {}),
      ...(Array.isArray(pkg['dependencies']) ? { dependsOn: pkg['dependencies'].map((d) => (isRecord(d) ? str(d['name']) : undefined)).filter((x): x is string => !!x) } : {}),
    });
  });
  return { format: 'uv-lock', kind: 'lockfile', ecosystem: 'PyPI', dependencies, problems };
}
