import type { Dependency, Extraction } from '../types.js';
import { isRecord, JsonKeyLines, parseJsonc } from './json-lines.js';
import { classifyNpmSpec } from './npm-spec.js';

/**
 * bun.lock (text lockfile, JSONC). `packages` maps an install path to a tuple whose first item
 * is `name@version` (or `name@github:…`, `name@workspace:…`); `workspaces` holds the declarations.
 */
export function extractBunLock(text: string): Extraction {
  const dependencies: Dependency[] = [];
  let doc: unknown;
  try {
    doc = parseJsonc(text);
  } catch (error) {
    return { format: 'bun-lock', kind: 'lockfile', ecosystem: 'npm', dependencies, problems: [`invalid JSONC: ${(error as Error).message}`] };
  }
  if (!isRecord(doc) || !('lockfileVersion' in doc)) return { format: 'bun-lock', kind: 'lockfile', ecosystem: 'npm', dependencies, problems: ['not a bun.lock: no lockfileVersion'] };
  const problems: string[] = [];
  const lines = new JsonKeyLines(text);
  const prod = new Set<string>();
  const dev = new Set<string>();
  if (isRecord(doc['workspaces'])) {
    for (const ws of Object.values(doc['workspaces'])) {
      if (!isRecord(ws)) continue;
      for (const [field, set] of [['dependencies', prod], ['optionalDependencies', prod], ['devDependencies', dev]] as const) {
        if (isRecord(ws[field])) for (const name of Object.keys(ws[field])) set.add(name);
      }
    }
  }
  const packages = doc['packages'];
  if (packages !== undefined && !isRecord(packages)) problems.push('packages is not an object');
  for (const [key, value] of Object.entries(isRecord(packages) ? packages : {})) {
    if (!Array.isArray(value) || typeof value[0] !== 'string') {
      problems.push(`packages["${key}"] is not a [descriptor, …] tuple`);
      continue;
    }
    const descriptor = value[0];
    const at = descriptor.indexOf('@', 1);
    if (at === -1) {
      problems.push(`packages["${key}"]: descriptor without a version: ${descriptor}`);
      continue;
    }
    const name = descriptor.slice(0, at);
    const spec = descriptor.slice(at + 1);
    if (spec.startsWith('workspace:')) continue;
    const kind = classifyNpmSpec(spec);
    const meta = value.find((v, i) => i > 0 && isRecord(v)) as Record<string, unknown> | undefined;
    const integrity = value.find((v, i) => i > 0 && typeof v === 'string' && /^sha\d+-/.test(v)) as string | undefined;
    const nested = key.includes('/') && !key.startsWith('@') ? true : key.split('/').length > 2;
    dependencies.push({
      ecosystem: 'npm', name,
      ...(kind.source === 'registry' ? { version: spec } : {}),
      direct: !nested && (prod.has(name) || dev.has(name)),
      dev: !nested && dev.has(name) && !prod.has(name),
      line: lines.line(['packages', key]) ?? 1,
      source: kind.source,
      ...(kind.location ? { location: kind.location } : {}),
      ...(integrity ? { integrity } : {}),
      ...(meta && isRecord(meta['dependencies']) ? { dependsOn: Object.keys(meta['dependencies']) } : {}),
      ...(meta && (meta['scripts'] !== undefined || meta['hasInstallScript'] === true) ? { hasInstallScript: true } : {}),
    });
  }
  return { format: 'bun-lock', kind: 'lockfile', ecosystem: 'npm', dependencies, problems };
}
