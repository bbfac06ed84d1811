import type { Dependency, Extraction } from '../types.js';
import { isRecord, JsonKeyLines, str } from './json-lines.js';

/** Pipfile.lock: `default` (prod) and `develop` (dev) maps of name → { version: "==x", hashes }. */
export function extractPipfileLock(text: string): Extraction {
  const dependencies: Dependency[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { format: 'pipfile-lock', kind: 'lockfile', ecosystem: 'PyPI', dependencies, problems: [`invalid JSON: ${(error as Error).message}`] };
  }
  if (!isRecord(doc) || (!('default' in doc) && !('develop' in doc) && !('_meta' in doc))) {
    return { format: 'pipfile-lock', kind: 'lockfile', ecosystem: 'PyPI', dependencies, problems: ['not a Pipfile.lock: no default, develop or _meta'] };
  }
  const problems: string[] = [];
  const lines = new JsonKeyLines(text);
  for (const [section, dev] of [['default', false], ['develop', true]] as const) {
    const deps = doc[section];
    if (deps === undefined) continue;
    if (!isRecord(deps)) { problems.push(`${section} is not an object`); continue; }
    for (const [name, info] of Object.entries(deps)) {
      if (!isRecord(info)) { problems.push(`${section}.${name} is not an object`); continue; }
      const v = str(info['version']);
      const line = lines.line([section, name]) ?? 1;
      const git = str(info['git']);
      const file = str(info['file']) ?? str(info['path']);
      const hashes = Array.isArray(info['hashes']) ? info['hashes'].filter((h): h is string => typeof h === 'string') : [];
      if (git || file) {
        dependencies.push({ ecosystem: 'PyPI', name, direct: false, dev, line, source: git ? 'git' : file!.startsWith('http') ? 'tarball' : 'path', location: (git ?? file)! });
        continue;
      }
      if (!v) { problems.push(`${section}.${name} has no version`); continue; }
      dependencies.push({
        ecosystem: 'PyPI', name, version: v.replace(/^===?/, ''), spec: v, direct: false, dev, line, source: 'registry',
        ...(hashes[0] ? { integrity: hashes[0] } : {}),
      });
    }
  }
  return { format: 'pipfile-lock', kind: 'lockfile', ecosystem: 'PyPI', dependencies, problems };
}
