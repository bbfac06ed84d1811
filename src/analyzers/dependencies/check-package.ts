import semver from 'semver';
import { defaultCacheDir, LocalDatabase } from './advisories/database.js';
import type { Match } from './advisories/osv.js';
import { normalizeName } from './advisories/osv.js';
import { NameIndex } from './registry/names.js';
import { findTyposquat } from './registry/typosquat.js';

export interface PackageQuery {
  readonly ecosystem: string;
  readonly name: string;
  readonly version?: string;
}

export interface PackageVerdict {
  /** true / false from the registry index; 'unknown' when the index cannot tell (npm's holds popular names only). */
  readonly exists: boolean | 'unknown';
  readonly malicious: boolean;
  readonly typosquatOf?: string;
  readonly vulnerabilities: readonly { id: string; aliases: readonly string[]; summary?: string; severity?: string; fixedIn?: string }[];
  /** Why a part could not be answered (no database, ecosystem not covered). */
  readonly notes: readonly string[];
}

let cached: { db: LocalDatabase | undefined; names: NameIndex | undefined; dir: string } | undefined;

/** One package, checked the way a scan checks a declared dependency. Offline: local database and bundled names. */
export function checkPackage(query: PackageQuery, options: { cacheDir?: string } = {}): PackageVerdict {
  const dir = options.cacheDir ?? defaultCacheDir();
  if (!cached || cached.dir !== dir) cached = { db: LocalDatabase.open(dir), names: NameIndex.open(), dir };
  const { db, names } = cached;
  const notes: string[] = [];
  let exists: boolean | 'unknown' = 'unknown';
  if (names && query.ecosystem === 'PyPI') exists = names.pypiExists(query.name);
  else if (names && query.ecosystem === 'npm' && names.npmPopularity(query.name) !== undefined) exists = true;
  else notes.push(`existence of ${query.ecosystem} packages is not known offline`);
  let malicious = false;
  const vulnerabilities: PackageVerdict['vulnerabilities'][number][] = [];
  if (!db) notes.push('no local advisory database (run `skeptic db update`)');
  else if (!db.has(query.ecosystem)) notes.push(`the advisory database has no ${query.ecosystem} data`);
  else if (query.version) {
    for (const m of db.query(query.ecosystem, query.name, query.version)) {
      if (m.advisory.malicious) malicious = true;
      else vulnerabilities.push({ id: m.advisory.id, aliases: m.advisory.aliases, ...(m.advisory.summary ? { summary: m.advisory.summary } : {}), ...(m.advisory.severity ? { severity: m.advisory.severity } : {}), ...(m.fixedIn ? { fixedIn: m.fixedIn } : {}) });
    }
  } else {
    const m = maliciousForRange(db, query.ecosystem, query.name, '*');
    if (m && !m.partial) malicious = true;
    else if (m) notes.push(`some versions of ${query.name} were malicious (${m.advisory.id}); give a version to check it`);
  }
  const squat = names && (query.ecosystem === 'npm' || query.ecosystem === 'PyPI') ? findTyposquat(query.ecosystem, query.name, names) : undefined;
  if (malicious && exists === 'unknown') exists = true;
  return { exists, malicious, ...(squat ? { typosquatOf: squat.target } : {}), vulnerabilities, notes };
}

/**
 * A declared range (no exact version) is malicious when a MAL record covers every version,
 * or lists a version the range's lowest match could install. A range that only reaches a
 * cleaned-up later release of a once-compromised package is not flagged.
 */
export function maliciousForRange(db: LocalDatabase, ecosystem: string, name: string, spec: string): (Match & { partial?: boolean }) | undefined {
  const n = normalizeName(ecosystem, name);
  let partial: Match | undefined;
  for (const advisory of db.advisoriesFor(ecosystem, name)) {
    if (!advisory.malicious) continue;
    partial ??= { advisory };
    for (const a of advisory.affected) {
      if (a.name !== n) continue;
      const allVersions = a.ranges.some((events) => events.some(([k, v]) => k === 'introduced' && v === '0') && !events.some(([k]) => k === 'fixed' || k === 'last_affected'));
      if (allVersions) return { advisory };
      if (ecosystem === 'npm' && a.versions.length) {
        const range = semver.validRange(spec, { loose: true });
        const min = range ? semver.minVersion(range) : null;
        if (min && a.versions.includes(min.version)) return { advisory };
      }
      if (!a.ranges.length && a.versions.length && (spec === '' || spec === '*')) {
        // every published version of a name that exists only as malware is listed; a bare name resolves to one of them
        return { advisory };
      }
    }
  }
  // Some versions of this name were malware, but the range may resolve to a clean one: still worth a look.
  return partial ? { ...partial, partial: true } : undefined;
}

export function purlOf(ecosystem: string, name: string, version?: string): string {
  const type = { npm: 'npm', PyPI: 'pypi', Go: 'golang', 'crates.io': 'cargo', RubyGems: 'gem', Packagist: 'composer', Maven: 'maven' }[ecosystem] ?? ecosystem.toLowerCase();
  let path: string;
  if (type === 'npm' && name.startsWith('@')) path = `%40${name.slice(1)}`;
  else if (type === 'pypi') path = name.toLowerCase().replace(/[-_.]+/g, '-');
  else path = name.split('/').map(encodeURIComponent).join('/');
  return `pkg:${type}/${path}${version ? `@${encodeURIComponent(version)}` : ''}`;
}
