import type { DependencySource } from '../types.js';

/** PEP 503 normalised name: the form PyPI, OSV and the name index compare. */
export function normalizePypi(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export interface PythonRequirement {
  readonly name: string;
  readonly spec: string;
  readonly version?: string;
  readonly source: DependencySource;
  readonly location?: string;
  readonly extras?: string;
  readonly marker?: string;
}

/**
 * One PEP 508 requirement: `name[extras] (specifiers) ; marker` or `name @ url`.
 * Character-class scans only: requirement lines come from the scanned repo.
 */
export function parsePep508(input: string): PythonRequirement | undefined {
  let text = input.trim();
  let marker: string | undefined;
  const semi = text.indexOf(';');
  if (semi !== -1) {
    marker = text.slice(semi + 1).trim();
    text = text.slice(0, semi).trim();
  }
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]{0,200})\s*(\[[^\]]{0,200}\])?\s*(.*)$/.exec(text);
  if (!m) return undefined;
  const name = m[1]!;
  const extras = m[2]?.slice(1, -1);
  let rest = m[3]!.trim();
  if (rest.startsWith('@')) {
    const url = rest.slice(1).trim();
    const source: DependencySource = /^git\+/.test(url) ? 'git' : url.startsWith('file:') ? 'path' : /\.(whl|tar\.gz|zip|tgz)([#?].*)?$/.test(url) ? 'tarball' : 'url';
    return { name, spec: url, source, location: url, ...(extras ? { extras } : {}), ...(marker ? { marker } : {}) };
  }
  if (rest.startsWith('(') && rest.endsWith(')')) rest = rest.slice(1, -1).trim();
  if (rest && !/^(===?|!=|~=|<=?|>=?)/.test(rest)) return undefined;
  const exact = /^===?\s*([A-Za-z0-9._+!-]+)$/.exec(rest);
  const version = exact && !exact[1]!.includes('*') ? exact[1] : undefined;
  return { name, spec: rest.replace(/\s+/g, ''), source: 'registry', ...(version ? { version } : {}), ...(extras ? { extras } : {}), ...(marker ? { marker } : {}) };
}
