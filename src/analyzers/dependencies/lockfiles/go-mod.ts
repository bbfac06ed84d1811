import type { Dependency, Extraction } from '../types.js';

/**
 * go.mod: `require` lines (single or in a block), `// indirect` marks transitive ones;
 * `replace` to a local path or another module is recorded on the replaced requirement.
 */
export function extractGoMod(text: string): Extraction {
  const dependencies: Dependency[] = [];
  const problems: string[] = [];
  const replaced = new Map<string, { target: string; version?: string; local: boolean }>();
  let block: string | undefined;
  let projectName: string | undefined;
  const lines = text.split('\n');
  const requires: { name: string; version: string; indirect: boolean; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const comment = lines[i]!.indexOf('//');
    const indirect = comment !== -1 && /\/\/\s*indirect\b/.test(lines[i]!.slice(comment));
    const body = (comment === -1 ? lines[i]! : lines[i]!.slice(0, comment)).trim();
    if (!body) continue;
    if (block) {
      if (body === ')') { block = undefined; continue; }
      handle(block, body, indirect, i + 1);
      continue;
    }
    const m = /^(module|go|toolchain|require|replace|exclude|retract|godebug|tool|ignore)\b\s*(.*)$/.exec(body);
    if (!m) { problems.push(`line ${i + 1}: unknown directive: ${body.slice(0, 80)}`); continue; }
    if (m[2] === '(') { block = m[1]; continue; }
    if (m[1] === 'module') projectName = unquote(m[2]!.trim());
    else handle(m[1]!, m[2]!, indirect, i + 1);
  }
  if (block) problems.push(`unterminated ${block} ( block`);
  function handle(directive: string, body: string, indirect: boolean, line: number) {
    const parts = body.split(/\s+/).map(unquote);
    if (directive === 'require') {
      if (parts.length < 2 || !/^v\d/.test(parts[1]!)) { problems.push(`line ${line}: require needs a module path and a v-version`); return; }
      requires.push({ name: parts[0]!, version: parts[1]!, indirect, line });
    } else if (directive === 'replace') {
      const arrow = parts.indexOf('=>');
      if (arrow < 1) { problems.push(`line ${line}: replace without =>`); return; }
      const target = parts[arrow + 1] ?? '';
      const version = parts[arrow + 2];
      replaced.set(parts[0]!, { target, ...(version ? { version } : {}), local: /^(\.|\/)/.test(target) });
    }
  }
  for (const r of requires) {
    const rep = replaced.get(r.name);
    if (rep?.local) {
      dependencies.push({ ecosystem: 'Go', name: r.name, direct: !r.indirect, dev: false, line: r.line, source: 'path', location: rep.target });
    } else if (rep) {
      dependencies.push({ ecosystem: 'Go', name: rep.target, version: rep.version ?? r.version, direct: !r.indirect, dev: false, line: r.line, source: 'registry' });
    } else {
      dependencies.push({ ecosystem: 'Go', name: r.name, version: r.version, direct: !r.indirect, dev: false, line: r.line, source: 'registry' });
    }
  }
  return { format: 'go-mod', kind: 'lockfile', ecosystem: 'Go', dependencies, problems, ...(projectName ? { projectName } : {}) };
}

/**
 * go.sum lists every module version the build ever consulted, including ones not selected,
 * so it is read for hashes (SBOM) and only stands in for go.mod when go.mod is absent.
 */
export function extractGoSum(text: string): Extraction {
  const dependencies: Dependency[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const body = lines[i]!.trim();
    if (!body) continue;
    const parts = body.split(/\s+/);
    if (parts.length !== 3 || !/^v\d/.test(parts[1]!) || !parts[2]!.startsWith('h1:')) { problems.push(`line ${i + 1}: expected "module version h1:hash"`); continue; }
    const version = parts[1]!.replace(/\/go\.mod$/, '');
    const key = `${parts[0]}@${version}`;
    if (parts[1]!.endsWith('/go.mod') || seen.has(key)) continue;
    seen.add(key);
    dependencies.push({ ecosystem: 'Go', name: parts[0]!, version, direct: false, dev: false, line: i + 1, source: 'registry', integrity: parts[2]! });
  }
  return { format: 'go-sum', kind: 'lockfile', ecosystem: 'Go', dependencies, problems };
}

function unquote(s: string): string {
  return s.length >= 2 && (s.startsWith('"') || s.startsWith('`')) ? s.slice(1, -1) : s;
}
