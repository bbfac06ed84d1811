import type { DependencySource } from '../types.js';

/** What an npm dependency specifier points at: the registry, or something that bypasses it. */
export function classifyNpmSpec(spec: string): { source: DependencySource; location?: string; alias?: string; range?: string } {
  const s = spec.trim();
  if (s.startsWith('npm:')) {
    const rest = s.slice(4);
    const at = rest.lastIndexOf('@');
    if (at > 0) return { source: 'registry', alias: rest.slice(0, at), range: rest.slice(at + 1) };
    return { source: 'registry', alias: rest, range: '*' };
  }
  // pnpm/yarn catalogs and workspaces resolve inside the monorepo's own configuration
  if (s.startsWith('workspace:') || s.startsWith('catalog:')) return { source: 'workspace', location: s };
  if (s.startsWith('file:') || s.startsWith('link:') || s.startsWith('portal:') || s.startsWith('./') || s.startsWith('../') || s.startsWith('/') || s.startsWith('~/')) {
    return { source: 'path', location: s };
  }
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(s) || /^git@/.test(s) || /\.git(#.*)?$/.test(s)) return { source: 'git', location: s };
  if (/^https?:\/\//.test(s)) return { source: /\.(tgz|tar\.gz|tar)(\?.*)?$/.test(s) ? 'tarball' : 'url', location: s };
  // `user/repo` or `user/repo#ref` is GitHub shorthand; a scoped name never appears as a spec.
  if (/^[\w.-]+\/[\w.-]+(#\S*)?$/.test(s) && !s.startsWith('@')) return { source: 'git', location: `github:${s}` };
  return { source: 'registry', range: s };
}

/** Where a lockfile says a package was fetched from. Registry tarballs live under `/-/`. */
export function classifyResolved(resolved: string | undefined): { source: DependencySource; location?: string } {
  if (!resolved) return { source: 'registry' };
  if (/^(git\+|git:|github:|git@)/.test(resolved)) return { source: 'git', location: resolved };
  if (resolved.startsWith('file:') || resolved.startsWith('link:')) return { source: 'path', location: resolved };
  if (/^https?:\/\//.test(resolved)) {
    if (resolved.includes('/-/')) return { source: 'registry' };
    if (/^https?:\/\/codeload\.github\.com\//.test(resolved)) return { source: 'git', location: resolved };
    return { source: 'tarball', location: resolved };
  }
  return { source: 'registry' };
}

/** A version that names exactly one release (no range operators). */
export function exactNpmVersion(range: string): string | undefined {
  const r = range.trim().replace(/^=/, '').replace(/^v(?=\d)/, '');
  return /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(r) ? r : undefined;
}
