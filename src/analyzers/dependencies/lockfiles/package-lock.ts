import type { LockfileFormat } from '../../../core/target.js';
import type { Dependency, Extraction } from '../types.js';
import { isRecord, JsonKeyLines, str } from './json-lines.js';
import { classifyResolved } from './npm-spec.js';

/**
 * package-lock.json v1–v3 and npm-shrinkwrap.json. v2/v3 carry a flat `packages` map keyed by
 * install path; v1 only the nested `dependencies` tree. v2 has both: `packages` wins.
 */
export function extractPackageLock(text: string, format: LockfileFormat = 'package-lock'): Extraction {
  const problems: string[] = [];
  const dependencies: Dependency[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { format, kind: 'lockfile', ecosystem: 'npm', dependencies, problems: [`invalid JSON: ${(error as Error).message}`] };
  }
  if (!isRecord(doc)) return { format, kind: 'lockfile', ecosystem: 'npm', dependencies, problems: ['not a package-lock: top level is not an object'] };
  const lines = new JsonKeyLines(text);
  const version = doc['lockfileVersion'];
  if (version !== undefined && typeof version !== 'number') problems.push(`lockfileVersion is not a number: ${JSON.stringify(version)}`);
  const packages = doc['packages'];
  if (isRecord(packages)) {
    const root = isRecord(packages['']) ? packages[''] : {};
    const declared = new Set<string>();
    const declare = (pkg: Record<string, unknown>) => {
      for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
        const deps = pkg[field];
        if (isRecord(deps)) for (const name of Object.keys(deps)) declared.add(name);
      }
    };
    declare(root);
    // Workspace members are listed by path without node_modules/; their own declarations are direct too.
    for (const [key, value] of Object.entries(packages)) if (key && !key.includes('node_modules/') && isRecord(value)) declare(value);
    for (const [key, value] of Object.entries(packages)) {
      if (!key) continue;
      const at = key.lastIndexOf('node_modules/');
      if (at === -1) continue; // a workspace member's own folder
      if (!isRecord(value)) {
        problems.push(`packages["${key}"] is not an object`);
        continue;
      }
      const name = str(value['name']) ?? key.slice(at + 'node_modules/'.length);
      const line = lines.line(['packages', key]) ?? 1;
      if (value['link'] === true) {
        dependencies.push({ ecosystem: 'npm', name, direct: declared.has(name) && at === 0, dev: false, line, source: 'workspace', ...(str(value['resolved']) ? { location: str(value['resolved'])! } : {}) });
        continue;
      }
      const resolved = str(value['resolved']);
      const where = classifyResolved(resolved);
      const v = str(value['version']);
      if (!v && where.source === 'registry') {
        problems.push(`packages["${key}"] has no version`);
        continue;
      }
      const dependsOn = isRecord(value['dependencies']) ? Object.keys(value['dependencies']) : undefined;
      dependencies.push({
        ecosystem: 'npm', name,
        ...(v && where.source === 'registry' ? { version: v } : v ? { version: v } : {}),
        direct: at === 0 && declared.has(name),
        dev: value['dev'] === true || value['devOptional'] === true,
        line,
        ...where,
        ...(str(value['integrity']) ? { integrity: str(value['integrity'])! } : {}),
        ...(value['hasInstallScript'] === true ? { hasInstallScript: true } : {}),
        ...(str(value['license']) ? { license: str(value['license'])! } : {}),
        ...(dependsOn ? { dependsOn } : {}),
      });
    }
    return { format, kind: 'lockfile', ecosystem: 'npm', dependencies, problems, ...(str(doc['name']) ? { projectName: str(doc['name'])! } : {}) };
  }
  const tree = doc['dependencies'];
  if (tree !== undefined && !isRecord(tree)) problems.push('dependencies is not an object');
  if (isRecord(tree)) walkV1(tree, ['dependencies'], true, lines, dependencies, problems);
  else if (packages === undefined && version === undefined) problems.push('neither packages nor dependencies: not a package-lock');
  return { format, kind: 'lockfile', ecosystem: 'npm', dependencies, problems, ...(str(doc['name']) ? { projectName: str(doc['name'])! } : {}) };
}

function walkV1(tree: Record<string, unknown>, path: string[], top: boolean, lines: JsonKeyLines, out: Dependency[], problems: string[]): void {
  for (const [name, value] of Object.entries(tree)) {
    if (!isRecord(value)) {
      problems.push(`${path.join('.')}.${name} is not an object`);
      continue;
    }
    const v = str(value['version']);
    // v1 stores a git or file URL in `version` for non-registry packages.
    const where = v && /^(git|file:|https?:|github:)/.test(v) ? classifyResolved(v) : classifyResolved(str(value['resolved']));
    const line = lines.line([...path, name]) ?? 1;
    if (!v) problems.push(`${path.join('.')}.${name} has no version`);
    else {
      const requires = isRecord(value['requires']) ? Object.keys(value['requires']) : undefined;
      out.push({
        ecosystem: 'npm', name,
        ...(where.source === 'registry' ? { version: v } : {}),
        // v1 records no declarations; hoisted top-level entries are the best guess, refined by package.json.
        direct: top,
        dev: value['dev'] === true,
        line,
        ...where,
        ...(str(value['integrity']) ? { integrity: str(value['integrity'])! } : {}),
        ...(requires ? { dependsOn: requires } : {}),
      });
    }
    if (isRecord(value['dependencies'])) walkV1(value['dependencies'], [...path, name, 'dependencies'], false, lines, out, problems);
  }
}
