import type { Dependency, Extraction, RequirementsInclude } from '../types.js';
import { parsePep508 } from './python-spec.js';

/**
 * requirements*.txt (pip's format): one requirement a line, `\` continuations, ` #` comments,
 * `-r`/`-c` includes (returned so the analyzer can follow them inside the scanned tree),
 * `--hash` options, `-e` editables, bare URLs with `#egg=name`.
 */
export function extractRequirements(text: string, path = 'requirements.txt'): Extraction {
  const dependencies: Dependency[] = [];
  const problems: string[] = [];
  const includes: RequirementsInclude[] = [];
  const constraints: Dependency[] = [];
  const dev = isDevRequirementsFile(path);
  const constraintsFile = isConstraintsFile(path);
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const startLine = i + 1;
    let logical = lines[i]!.replace(/\r$/, '');
    while (logical.endsWith('\\') && i + 1 < lines.length) {
      logical = logical.slice(0, -1) + ' ' + lines[++i]!.replace(/\r$/, '');
    }
    const hash = logical.search(/(^|\s)#/);
    if (hash !== -1) logical = logical.slice(0, hash);
    logical = logical.trim();
    if (!logical) continue;
    if (logical.startsWith('-')) {
      const opt = /^(-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)/.exec(logical);
      if (opt) { includes.push({ path: opt[2]!, line: startLine, constraint: opt[1] === '-c' || opt[1] === '--constraint' }); continue; }
      if (/^(-r|--requirement|-c|--constraint)$/.test(logical)) { problems.push(`line ${startLine}: ${logical} without a file name`); continue; }
      const editable = /^(-e|--editable)(?:\s+|=)(\S+)/.exec(logical);
      if (editable) {
        const target = editable[2]!;
        const egg = /#egg=([A-Za-z0-9._-]+)/.exec(target);
        if (egg && !/^(\.|\/|file:)/.test(target)) {
          dependencies.push({ ecosystem: 'PyPI', name: egg[1]!, spec: target, direct: true, dev, line: startLine, source: target.startsWith('git+') ? 'git' : 'url', location: target });
        }
        continue;
      }
      continue; // --index-url, --hash on its own line, --no-binary…: options, not packages
    }
    const requirementText = logical.split(/\s+--/)[0]!.trim();
    const hashes = [...logical.matchAll(/--hash[=\s]+(\w+:[0-9a-fA-F]{16,128})/g)].map((m) => m[1]!);
    if (/^(git\+|https?:|file:)/.test(requirementText)) {
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(requirementText);
      if (egg) dependencies.push({ ecosystem: 'PyPI', name: egg[1]!, spec: requirementText, direct: true, dev, line: startLine, source: requirementText.startsWith('git+') ? 'git' : requirementText.startsWith('file:') ? 'path' : 'tarball', location: requirementText });
      else if (!requirementText.startsWith('file:')) problems.push(`line ${startLine}: URL requirement without #egg= name: ${requirementText.slice(0, 120)}`);
      continue;
    }
    if (/^(\.{1,2}\/|\/)/.test(requirementText)) continue; // local path install
    const req = parsePep508(requirementText);
    if (!req) {
      problems.push(`line ${startLine}: not a requirement: ${requirementText.slice(0, 120)}`);
      continue;
    }
    // constraints pin versions but install nothing by themselves
    (constraintsFile ? constraints : dependencies).push({
      ecosystem: 'PyPI', name: req.name, spec: req.spec, direct: true, dev, line: startLine, source: req.source,
      ...(req.version ? { version: req.version } : {}),
      ...(req.location ? { location: req.location } : {}),
      ...(hashes.length ? { integrity: hashes[0]! } : {}),
    });
  }
  return { format: 'requirements-txt', kind: 'manifest', ecosystem: 'PyPI', dependencies, problems, includes, ...(constraintsFile ? { constraints } : {}) };
}

/** requirements-dev.txt, requirements/test.txt, dev-requirements.in: installed for development only. */
export function isDevRequirementsFile(path: string): boolean {
  return /(dev|test|lint|doc|ci)[^/]*$/i.test(path.slice(path.lastIndexOf('/') + 1).replace(/^requirements/i, ''));
}

/** constraints.txt and friends: read as `-c` files even when scanned on their own. */
export function isConstraintsFile(path: string): boolean {
  return /constraint/i.test(path.slice(path.lastIndexOf('/') + 1));
}
