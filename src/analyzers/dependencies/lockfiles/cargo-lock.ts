import type { Dependency, DependencySource, Extraction } from '../types.js';
import { isRecord, str } from './json-lines.js';
import { arrayTableLines, parseToml } from './toml.js';

/** Cargo.lock: `[[package]]` tables; packages without `source` are the workspace's own crates. */
export function extractCargoLock(text: string): Extraction {
  const { doc, problem } = parseToml(text);
  const dependencies: Dependency[] = [];
  if (!doc) return { format: 'cargo-lock', kind: 'lockfile', ecosystem: 'crates.io', dependencies, problems: [problem!] };
  const problems: string[] = [];
  if (doc['package'] !== undefined && !Array.isArray(doc['package'])) problems.push('package is not an array of tables');
  const packages = Array.isArray(doc['package']) ? doc['package'] : [];
  if (!packages.length && doc['version'] === undefined && doc['metadata'] === undefined) problems.push('not a Cargo.lock: no [[package]]');
  const lines = arrayTableLines(text, 'package');
  const direct = new Set<string>();
  for (const pkg of packages) {
    if (isRecord(pkg) && pkg['source'] === undefined && Array.isArray(pkg['dependencies'])) {
      for (const d of pkg['dependencies']) if (typeof d === 'string') direct.add(d.split(' ')[0]!);
    }
  }
  packages.forEach((pkg, i) => {
    const name = isRecord(pkg) ? str(pkg['name']) : undefined;
    const version = isRecord(pkg) ? str(pkg['version']) : undefined;
    if (!isRecord(pkg) || !name || !version) { problems.push(`[[package]] #${i + 1} has no name or version`); return; }
    const src = str(pkg['source']);
    if (!src) return; // a workspace member: the project itself
    const source: DependencySource = src.startsWith('git+') ? 'git' : src.startsWith('registry+') || src.startsWith('sparse+') ? 'registry' : 'url';
    dependencies.push({
      ecosystem: 'crates.io', name, version, direct: direct.has(name), dev: false, line: lines[i] ?? 1, source,
      ...(source !== 'registry' ? { location: src } : {}),
      ...(str(pkg['checksum']) ? { integrity: `sha256:${str(pkg['checksum'])}` } : {}),
      ...(Array.isArray(pkg['dependencies']) ? { dependsOn: pkg['dependencies'].filter((d): d is string => typeof d === 'string').map((d) => d.split(' ')[0]!) } : {}),
    });
  });
  return { format: 'cargo-lock', kind: 'lockfile', ecosystem: 'crates.io', dependencies, problems };
}
