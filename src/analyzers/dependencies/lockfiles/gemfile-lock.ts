import type { Dependency, DependencySource, Extraction } from '../types.js';

/**
 * Gemfile.lock: sections GEM / GIT / PATH each with `specs:` (4 spaces: `name (version)`,
 * 6 spaces: its requirements); DEPENDENCIES lists the direct gems.
 */
export function extractGemfileLock(text: string): Extraction {
  const dependencies: Dependency[] = [];
  const problems: string[] = [];
  // Rejected before it is split: a foreign file's lines are never needed.
  if (/\S/.test(text) && !/^(GEM|GIT|PATH|DEPENDENCIES|PLATFORMS)\s*$/m.test(text)) {
    return { format: 'gemfile-lock', kind: 'lockfile', ecosystem: 'RubyGems', dependencies, problems: ['not a Gemfile.lock: no GEM, GIT, PATH or DEPENDENCIES section'] };
  }
  const lines = text.split('\n');
  const direct = new Set<string>();
  let section = '';
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (/^[A-Z]/.test(line)) { section = line.trim(); continue; }
    if (section === 'DEPENDENCIES' && /^ {2}\S/.test(line)) direct.add(line.trim().split(/[\s!(]/, 1)[0]!);
  }
  section = '';
  let remote = '';
  let current: { deps: string[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (/^[A-Z]/.test(line)) { section = line.trim(); remote = ''; current = undefined; continue; }
    if (!['GEM', 'GIT', 'PATH'].includes(section)) continue;
    const r = /^ {2}remote: (.+)$/.exec(line);
    if (r) { remote = r[1]!.trim(); continue; }
    const spec = /^ {4}([A-Za-z0-9._-]+) \(([^)]+)\)$/.exec(line);
    if (spec) {
      const version = spec[2]!.split('-')[0]!; // platform suffix: nokogiri (1.15.0-x86_64-linux)
      const source: DependencySource = section === 'GIT' ? 'git' : section === 'PATH' ? 'path' : 'registry';
      const dep = { deps: [] as string[] };
      current = dep;
      dependencies.push({
        ecosystem: 'RubyGems', name: spec[1]!, version: spec[2]!.match(/^\d[\w.]*/)?.[0] ?? version,
        direct: direct.has(spec[1]!), dev: false, line: i + 1, source,
        ...(source !== 'registry' ? { location: remote } : {}),
        dependsOn: dep.deps,
      });
      continue;
    }
    const child = /^ {6}([A-Za-z0-9._-]+)/.exec(line);
    if (child && current) { current.deps.push(child[1]!); continue; }
    if (/^ {4}\S/.test(line)) problems.push(`line ${i + 1}: spec line not understood: ${line.trim().slice(0, 80)}`);
  }
  return { format: 'gemfile-lock', kind: 'lockfile', ecosystem: 'RubyGems', dependencies, problems };
}
