import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { compareVersions } from '../versions/compare.js';
import { affects, compactRecord, normalizeName, type Advisory, type Match } from './osv.js';

export interface EcosystemMeta {
  /** Newest data date (ISO): download time for exports, newest `modified` for imports. */
  readonly date: string;
  readonly source: string;
  readonly advisories: number;
}

export interface DatabaseMeta {
  readonly schema: 1;
  readonly ecosystems: Readonly<Record<string, EcosystemMeta>>;
}

export function defaultCacheDir(): string {
  return join(homedir(), '.cache', 'skeptic');
}

export function advisoryDir(cacheDir: string): string {
  return join(cacheDir, 'advisories');
}

/** Collects OSV records per ecosystem, then writes one gzip per ecosystem and a meta file. */
export class DatabaseBuilder {
  private readonly byEcosystem = new Map<string, Map<string, Advisory>>();
  private readonly newest = new Map<string, string>();
  skipped = 0;

  add(record: unknown): void {
    const compact = compactRecord(record);
    if (!compact.size) { this.skipped++; return; }
    const modified = (record as Record<string, unknown>)['modified'];
    for (const [ecosystem, advisory] of compact) {
      let map = this.byEcosystem.get(ecosystem);
      if (!map) this.byEcosystem.set(ecosystem, (map = new Map()));
      const prev = map.get(advisory.id);
      if (prev) (prev.affected as unknown[]).push(...advisory.affected);
      else map.set(advisory.id, advisory);
      if (typeof modified === 'string' && !modified.startsWith('0001')) {
        // Some records carry a future `modified`; it says nothing about how fresh the data is.
        if (modified <= new Date().toISOString() && modified > (this.newest.get(ecosystem) ?? '')) this.newest.set(ecosystem, modified);
      }
    }
  }

  /** Adds every record in a buffer holding one OSV record or a JSON array of them. */
  addJson(text: string): void {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) for (const r of parsed) this.add(r);
    else this.add(parsed);
  }

  write(cacheDir: string, source: string, date?: string): DatabaseMeta {
    const dir = advisoryDir(cacheDir);
    mkdirSync(dir, { recursive: true });
    const previous = readMeta(cacheDir);
    const ecosystems: Record<string, EcosystemMeta> = { ...(previous?.ecosystems ?? {}) };
    for (const [ecosystem, map] of this.byEcosystem) {
      const advisories = [...map.values()];
      const tmp = join(dir, `${fileName(ecosystem)}.tmp`);
      writeFileSync(tmp, gzipSync(JSON.stringify(advisories), { level: 6 }));
      renameSync(tmp, join(dir, fileName(ecosystem)));
      ecosystems[ecosystem] = { date: date ?? this.newest.get(ecosystem) ?? new Date().toISOString(), source, advisories: advisories.length };
    }
    const meta: DatabaseMeta = { schema: 1, ecosystems };
    writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
    return meta;
  }
}

function fileName(ecosystem: string): string {
  return `${ecosystem.replace(/[^A-Za-z0-9.-]/g, '_')}.json.gz`;
}

export function readMeta(cacheDir: string): DatabaseMeta | undefined {
  const path = join(advisoryDir(cacheDir), 'meta.json');
  if (!existsSync(path)) return undefined;
  try {
    const meta = JSON.parse(readFileSync(path, 'utf8')) as DatabaseMeta;
    return meta && typeof meta.ecosystems === 'object' ? meta : undefined;
  } catch {
    return undefined;
  }
}

/** `skeptic db import DIR`: every *.json under DIR (one record or an array), for air-gapped machines. */
export function importDirectory(from: string, cacheDir: string): { meta: DatabaseMeta; files: number; skipped: number; errors: string[] } {
  const builder = new DatabaseBuilder();
  const errors: string[] = [];
  let files = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.json')) {
        files++;
        try {
          builder.addJson(readFileSync(full, 'utf8'));
        } catch (error) {
          errors.push(`${full}: ${(error as Error).message}`);
        }
      }
    }
  };
  if (!statSync(from).isDirectory()) throw new Error(`not a directory: ${from}`);
  walk(from);
  return { meta: builder.write(cacheDir, `import:${from}`), files, skipped: builder.skipped, errors };
}

/** The local database, loading one ecosystem's file the first time it is asked about. */
export class LocalDatabase {
  private readonly loaded = new Map<string, Map<string, Advisory[]>>();

  private constructor(readonly cacheDir: string, readonly meta: DatabaseMeta) {}

  static open(cacheDir: string): LocalDatabase | undefined {
    const meta = readMeta(cacheDir);
    return meta && Object.keys(meta.ecosystems).length ? new LocalDatabase(cacheDir, meta) : undefined;
  }

  has(ecosystem: string): boolean {
    return ecosystem in this.meta.ecosystems;
  }

  private index(ecosystem: string): Map<string, Advisory[]> {
    let map = this.loaded.get(ecosystem);
    if (map) return map;
    map = new Map();
    const path = join(advisoryDir(this.cacheDir), fileName(ecosystem));
    if (existsSync(path)) {
      const advisories = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as Advisory[];
      for (const a of advisories) {
        for (const name of new Set(a.affected.map((x) => x.name))) {
          const list = map.get(name);
          if (list) list.push(a);
          else map.set(name, [a]);
        }
      }
    }
    this.loaded.set(ecosystem, map);
    return map;
  }

  advisoriesFor(ecosystem: string, name: string): readonly Advisory[] {
    return this.index(ecosystem).get(normalizeName(ecosystem, name)) ?? [];
  }

  /** Advisories affecting name@version, aliases merged into one match per vulnerability. */
  query(ecosystem: string, name: string, version: string): Match[] {
    const n = normalizeName(ecosystem, name);
    const matches: Match[] = [];
    for (const advisory of this.advisoriesFor(ecosystem, name)) {
      const m = affects(ecosystem, advisory, n, version);
      if (m) matches.push(m);
    }
    return mergeAliases(matches, (a, b) => compareVersions(ecosystem, a, b));
  }
}

/** GHSA, CVE and PYSEC ids of one bug become one match; the most specific fix and worst severity win. */
export function mergeAliases(matches: readonly Match[], cmp: (a: string, b: string) => number): Match[] {
  const groups: { ids: Set<string>; items: Match[] }[] = [];
  for (const m of matches) {
    const ids = new Set([m.advisory.id, ...m.advisory.aliases]);
    const joined = groups.filter((g) => [...ids].some((id) => g.ids.has(id)));
    const target = joined[0] ?? { ids: new Set<string>(), items: [] };
    if (!joined.length) groups.push(target);
    for (const other of joined.slice(1)) {
      other.ids.forEach((id) => target.ids.add(id));
      target.items.push(...other.items);
      groups.splice(groups.indexOf(other), 1);
    }
    ids.forEach((id) => target.ids.add(id));
    target.items.push(m);
  }
  const rank = (id: string) => (id.startsWith('MAL-') ? 0 : id.startsWith('GHSA-') ? 1 : id.startsWith('CVE-') ? 3 : 2);
  return groups.map((g) => {
    const items = [...g.items].sort((a, b) => rank(a.advisory.id) - rank(b.advisory.id) || (a.advisory.id < b.advisory.id ? -1 : 1));
    const primary = items[0]!;
    const withSeverity = items.find((i) => i.advisory.cvss) ?? items.find((i) => i.advisory.severity);
    const fixed = items.map((i) => i.fixedIn).filter((f): f is string => !!f);
    const aliases = [...g.ids].filter((id) => id !== primary.advisory.id).sort();
    return {
      advisory: {
        ...primary.advisory,
        aliases,
        malicious: items.some((i) => i.advisory.malicious),
        ...(withSeverity?.advisory.severity ? { severity: withSeverity.advisory.severity } : {}),
        ...(withSeverity?.advisory.cvss ? { cvss: withSeverity.advisory.cvss } : {}),
        summary: primary.advisory.summary ?? items.find((i) => i.advisory.summary)?.advisory.summary,
      } as Advisory,
      ...(fixed.length ? { fixedIn: fixed.sort((a, b) => { try { return cmp(a, b); } catch { return 0; } })[0]! } : primary.fixedIn ? { fixedIn: primary.fixedIn } : {}),
    };
  });
}
