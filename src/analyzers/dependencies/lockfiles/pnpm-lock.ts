import { parse } from 'yaml';
import type { Dependency, DependencySource, Extraction } from '../types.js';
import { isRecord, Lines, str } from './json-lines.js';

/**
 * pnpm-lock.yaml v5 to v9. Keys differ by version: v5 `/name/1.0.0_peer`, v6 `/name@1.0.0(peer)`,
 * v9 `name@1.0.0` with the graph moved to `snapshots`. Direct and dev come from `importers`
 * (workspaces) or the top-level `dependencies`/`devDependencies` (single project, v5/v6).
 */
export function extractPnpmLock(text: string): Extraction {
  const dependencies: Dependency[] = [];
  const problems: string[] = [];
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 100, uniqueKeys: false });
  } catch (error) {
    return { format: 'pnpm-lock', kind: 'lockfile', ecosystem: 'npm', dependencies, problems: [`invalid YAML: ${firstLine(error)}`] };
  }
  if (doc === null || doc === undefined) return { format: 'pnpm-lock', kind: 'lockfile', ecosystem: 'npm', dependencies, problems };
  if (!isRecord(doc) || doc['lockfileVersion'] === undefined) {
    return { format: 'pnpm-lock', kind: 'lockfile', ecosystem: 'npm', dependencies, problems: ['not a pnpm lockfile: no lockfileVersion'] };
  }
  const major = Math.floor(Number(String(doc['lockfileVersion'])));
  const lines = new Lines(text);
  const packagesAt = text.search(/^packages:/m);

  // name@version → { dev } from importers
  const directProd = new Set<string>();
  const directDev = new Set<string>();
  const importers = isRecord(doc['importers']) ? Object.values(doc['importers']) : [doc];
  for (const imp of importers) {
    if (!isRecord(imp)) continue;
    for (const [field, set] of [['dependencies', directProd], ['optionalDependencies', directProd], ['devDependencies', directDev]] as const) {
      const deps = imp[field];
      if (!isRecord(deps)) continue;
      for (const [name, v] of Object.entries(deps)) {
        const version = isRecord(v) ? str(v['version']) : typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
        if (version) set.add(`${name}@${stripPeers(version)}`);
      }
    }
  }
  const packages = doc['packages'];
  if (packages !== undefined && packages !== null && !isRecord(packages)) {
    problems.push('packages is not a mapping');
    return { format: 'pnpm-lock', kind: 'lockfile', ecosystem: 'npm', dependencies, problems };
  }
  const snapshots = isRecord(doc['snapshots']) ? doc['snapshots'] : {};
  for (const [key, value] of Object.entries(packages ?? {})) {
    const parsed = parseKey(key, major);
    if (!parsed) {
      problems.push(`packages key not understood: ${key}`);
      continue;
    }
    const info = isRecord(value) ? value : {};
    const resolution = isRecord(info['resolution']) ? info['resolution'] : {};
    let source: DependencySource = 'registry';
    let location: string | undefined;
    if (str(resolution['tarball'])) { source = 'tarball'; location = str(resolution['tarball']); }
    if (resolution['type'] === 'git' || str(resolution['repo'])) { source = 'git'; location = str(resolution['repo']); }
    if (resolution['type'] === 'directory' || str(resolution['directory'])) { source = 'path'; location = str(resolution['directory']); }
    const name = str(info['name']) ?? parsed.name;
    const version = str(info['version']) ?? parsed.version;
    const id = `${name}@${parsed.version}`;
    const direct = directProd.has(id) || directDev.has(id) || directProd.has(`${name}@${key}`) || directDev.has(`${name}@${key}`);
    const dev = typeof info['dev'] === 'boolean' ? info['dev'] : directDev.has(id) && !directProd.has(id);
    const snapshot = isRecord(snapshots[key]) ? snapshots[key] : info;
    const graph = isRecord(snapshot['dependencies']) ? Object.keys(snapshot['dependencies']) : undefined;
    const line = lines.find(`\n  ${key}:`, Math.max(0, packagesAt - 1)) ?? lines.find(`\n  '${key}':`, Math.max(0, packagesAt - 1)) ?? lines.find(`\n  "${key}":`, Math.max(0, packagesAt - 1)) ?? 1;
    dependencies.push({
      ecosystem: 'npm', name, version, direct, dev, line: line + 1, source,
      ...(location ? { location } : {}),
      ...(str(resolution['integrity']) ? { integrity: str(resolution['integrity'])! } : {}),
      ...(info['requiresBuild'] === true ? { hasInstallScript: true } : {}),
      ...(graph ? { dependsOn: graph } : {}),
    });
  }
  return { format: 'pnpm-lock', kind: 'lockfile', ecosystem: 'npm', dependencies, problems };
}

function stripPeers(version: string): string {
  const paren = version.indexOf('(');
  let v = paren === -1 ? version : version.slice(0, paren);
  const underscore = v.indexOf('_');
  if (underscore !== -1 && /^\d/.test(v)) v = v.slice(0, underscore);
  return v;
}

function parseKey(rawKey: string, major: number): { name: string; version: string } | undefined {
  let key = rawKey.startsWith('/') ? rawKey.slice(1) : rawKey;
  const paren = key.indexOf('(');
  if (paren !== -1) key = key.slice(0, paren);
  if (major >= 6 || /^(@[^/]+\/)?[^/@]+@/.test(key)) {
    const at = key.indexOf('@', 1);
    if (at === -1) return undefined;
    return { name: key.slice(0, at), version: key.slice(at + 1) };
  }
  // v5: name/version_peers, the scope adds one more segment
  const parts = key.split('/');
  if (parts.length < 2) return undefined;
  const version = parts[parts.length - 1]!;
  const name = parts.slice(0, -1).join('/');
  const underscore = version.indexOf('_');
  return { name, version: underscore === -1 ? version : version.slice(0, underscore) };
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n', 1)[0]!;
}
