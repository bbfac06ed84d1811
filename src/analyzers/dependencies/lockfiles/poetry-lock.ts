import type { Dependency, DependencySource, Extraction } from '../types.js';
import { isRecord, str } from './json-lines.js';
import { arrayTableLines, parseToml } from './toml.js';

/** poetry.lock: `[[package]]` tables; `category` (Poetry < 1.5) says dev, newer files leave it to pyproject groups. */
export function extractPoetryLock(text: string): Extraction {
  const { doc, problem } = parseToml(text);
  const dependencies: Dependency[] = [];
  if (!doc) return { format: 'poetry-lock', kind: 'lockfile', ecosystem: 'PyPI', dependencies, problems: [problem!] };
  const problems: string[] = [];
  const packages = doc['package'];
  if (packages === undefined) {
    if (!isRecord(doc['metadata'])) problems.push('not a poetry.lock: no [[package]] and no [metadata]');
    return { format: 'poetry-lock', kind: 'lockfile', ecosystem: 'PyPI', dependencies, problems };
  }
  if (!Array.isArray(packages)) return { format: 'poetry-lock', kind: 'lockfile', ecosystem: 'PyPI', dependencies, problems: ['package is not an array of tables'] };
  const lines = arrayTableLines(text, 'package');
  packages.forEach((pkg, i) => {
    const name = isRecord(pkg) ? str(pkg['name']) : undefined;
    const version = isRecord(pkg) ? str(pkg['version']) : undefined;
    if (!isRecord(pkg) || !name || !version) {
      problems.push(`[[package]] #${i + 1} has no name or version`);
      return;
    }
    const src = isRecord(pkg['source']) ? pkg['source'] : undefined;
    const type = src ? str(src['type']) : undefined;
    const source: DependencySource = type === 'git' ? 'git' : type === 'directory' || type === 'file' ? 'path' : type === 'url' ? 'tarball' : 'registry';
    const files = Array.isArray(pkg['files']) ? pkg['files'] : [];
    const firstHash = files.map((f) => (isRecord(f) ? str(f['hash']) : undefined)).find(Boolean);
    dependencies.push({
      ecosystem: 'PyPI', name, version, direct: false, dev: pkg['category'] === 'dev', line: lines[i] ?? 1, source,
      ...(source !== 'registry' && src && str(src['url']) ? { location: str(src['url'])! } : {}),
      ...(firstHash ? { integrity: firstHash } : {}),
      ...(isRecord(pkg['dependencies']) ? { dependsOn: Object.keys(pkg['dependencies']) } : {}),
    });
  });
  return { format: 'poetry-lock', kind: 'lockfile', ecosystem: 'PyPI', dependencies, problems };
}
