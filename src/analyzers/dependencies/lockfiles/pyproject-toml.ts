import type { Dependency, DependencySource, Extraction } from '../types.js';
import { isRecord, Lines, str } from './json-lines.js';
import { parsePep508 } from './python-spec.js';
import { parseToml } from './toml.js';

/**
 * pyproject.toml: PEP 621 `[project]` dependencies and optional-dependencies, PEP 735
 * `[dependency-groups]`, and Poetry's `[tool.poetry.*dependencies]` tables.
 */
export function extractPyproject(text: string): Extraction {
  const { doc, problem } = parseToml(text);
  const dependencies: Dependency[] = [];
  if (!doc) return { format: 'pyproject-toml', kind: 'manifest', ecosystem: 'PyPI', dependencies, problems: [problem!] };
  const problems: string[] = [];
  const lines = new Lines(text);
  // Each declaration is found by its text after its section header, so a name in two sections gets two lines.
  const lineFor = (needle: string, header: string) => {
    const from = Math.max(0, text.indexOf(header));
    return lines.find(needle, from) ?? lines.find(needle) ?? 1;
  };
  const pep508 = (list: unknown, dev: boolean, header: string, where: string) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) { problems.push(`${where} is not an array`); return; }
    for (const item of list) {
      if (typeof item !== 'string') continue; // PEP 735 {include-group = …}
      const req = parsePep508(item);
      if (!req) { problems.push(`${where}: not a PEP 508 requirement: ${item.slice(0, 120)}`); continue; }
      dependencies.push({
        ecosystem: 'PyPI', name: req.name, spec: req.spec, direct: true, dev, line: lineFor(`"${item}`, header), source: req.source,
        ...(req.version ? { version: req.version } : {}), ...(req.location ? { location: req.location } : {}),
      });
    }
  };
  const project = isRecord(doc['project']) ? doc['project'] : undefined;
  if (project) {
    pep508(project['dependencies'], false, '[project]', 'project.dependencies');
    if (isRecord(project['optional-dependencies'])) {
      for (const [group, list] of Object.entries(project['optional-dependencies'])) pep508(list, /^(dev|test|tests|lint|docs?|typing)$/i.test(group), 'optional-dependencies', `project.optional-dependencies.${group}`);
    }
  }
  if (isRecord(doc['dependency-groups'])) {
    for (const [group, list] of Object.entries(doc['dependency-groups'])) pep508(list, true, '[dependency-groups]', `dependency-groups.${group}`);
  }
  const poetry = isRecord(doc['tool']) && isRecord(doc['tool']['poetry']) ? doc['tool']['poetry'] : undefined;
  if (poetry) {
    const table = (deps: unknown, dev: boolean, header: string) => {
      if (!isRecord(deps)) return;
      for (const [name, value] of Object.entries(deps)) {
        if (name.toLowerCase() === 'python') continue;
        let spec: string | undefined;
        let source: DependencySource = 'registry';
        let location: string | undefined;
        if (typeof value === 'string') spec = value;
        else if (isRecord(value)) {
          spec = str(value['version']);
          if (str(value['git'])) { source = 'git'; location = str(value['git']); }
          else if (str(value['path'])) { source = 'path'; location = str(value['path']); }
          else if (str(value['url'])) { source = 'tarball'; location = str(value['url']); }
        } else if (Array.isArray(value)) spec = value.map((v) => (isRecord(v) ? str(v['version']) : undefined)).filter(Boolean).join(' || ');
        const exact = spec && /^=?=?\s*\d[\w.+!-]*$/.test(spec) && !/[*^~<>]/.test(spec) ? spec.replace(/^=+\s*/, '') : undefined;
        dependencies.push({
          ecosystem: 'PyPI', name, spec: spec ?? '*', direct: true, dev, line: lineFor(`${name}`, header), source,
          ...(location ? { location } : {}), ...(exact ? { version: exact } : {}),
        });
      }
    };
    table(poetry['dependencies'], false, '[tool.poetry.dependencies]');
    table(poetry['dev-dependencies'], true, '[tool.poetry.dev-dependencies]');
    if (isRecord(poetry['group'])) {
      for (const [group, value] of Object.entries(poetry['group'])) {
        if (isRecord(value)) table(value['dependencies'], group !== 'main', `[tool.poetry.group.${group}.dependencies]`);
      }
    }
  }
  const name = project ? str(project['name']) : poetry ? str(poetry['name']) : undefined;
  return { format: 'pyproject-toml', kind: 'manifest', ecosystem: 'PyPI', dependencies, problems, ...(name ? { projectName: name } : {}) };
}
