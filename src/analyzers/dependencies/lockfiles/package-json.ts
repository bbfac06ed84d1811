import type { Dependency, Extraction } from '../types.js';
import { isRecord, JsonKeyLines, str } from './json-lines.js';
import { classifyNpmSpec, exactNpmVersion } from './npm-spec.js';

const FIELDS: readonly [string, boolean][] = [
  ['dependencies', false],
  ['optionalDependencies', false],
  ['devDependencies', true],
];

/** package.json: the declared ranges (direct only) and the workspace globs. */
export function extractPackageJson(text: string): Extraction {
  const dependencies: Dependency[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { format: 'package-json', kind: 'manifest', ecosystem: 'npm', dependencies, problems: [`invalid JSON: ${(error as Error).message}`] };
  }
  if (!isRecord(doc)) return { format: 'package-json', kind: 'manifest', ecosystem: 'npm', dependencies, problems: ['top level is not an object'] };
  const problems: string[] = [];
  const lines = new JsonKeyLines(text);
  for (const [field, dev] of FIELDS) {
    const deps = doc[field];
    if (deps === undefined) continue;
    if (!isRecord(deps)) {
      problems.push(`${field} is not an object`);
      continue;
    }
    for (const [declaredName, rawSpec] of Object.entries(deps)) {
      if (typeof rawSpec !== 'string') {
        problems.push(`${field}.${declaredName}: the version is not a string`);
        continue;
      }
      const kind = classifyNpmSpec(rawSpec);
      const name = kind.alias ?? declaredName;
      const exact = kind.source === 'registry' ? exactNpmVersion(kind.range ?? '') : undefined;
      dependencies.push({
        ecosystem: 'npm', name, spec: kind.range ?? rawSpec, direct: true, dev, line: lines.line([field, declaredName]) ?? 1,
        source: kind.source,
        ...(kind.location ? { location: kind.location } : {}),
        ...(exact ? { version: exact } : {}),
      });
    }
  }
  const ws = doc['workspaces'];
  const workspaces = Array.isArray(ws) ? ws.filter((w): w is string => typeof w === 'string')
    : isRecord(ws) && Array.isArray(ws['packages']) ? (ws['packages'] as unknown[]).filter((w): w is string => typeof w === 'string') : undefined;
  return {
    format: 'package-json', kind: 'manifest', ecosystem: 'npm', dependencies, problems,
    ...(workspaces ? { workspaces } : {}),
    ...(str(doc['name']) ? { projectName: str(doc['name'])! } : {}),
  };
}
