import type { Severity } from '../../../core/severity.js';
import { normalizePypi } from '../lockfiles/python-spec.js';
import { compareVersions } from '../versions/compare.js';
import { cvss3Score, severityOfLabel, severityOfScore } from './cvss.js';

export type RangeEvent = readonly ['introduced' | 'fixed' | 'last_affected', string];

/** The fields of an OSV record that matching and reporting use; everything else is dropped at import. */
export interface Advisory {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly summary?: string;
  readonly severity?: Severity;
  readonly cvss?: string;
  readonly published?: string;
  readonly malicious: boolean;
  readonly affected: readonly {
    readonly name: string;
    readonly ranges: readonly (readonly RangeEvent[])[];
    readonly versions: readonly string[];
  }[];
}

/** Package names as OSV and registries compare them: PyPI is PEP 503-normalised, npm is case-sensitive. */
export function normalizeName(ecosystem: string, name: string): string {
  if (ecosystem === 'PyPI') return normalizePypi(name);
  if (ecosystem === 'Packagist' || ecosystem === 'RubyGems') return name.toLowerCase();
  return name;
}

/** One OSV record → per-ecosystem compact advisories; withdrawn or unusable records give none. */
export function compactRecord(record: unknown): Map<string, Advisory> {
  const out = new Map<string, Advisory>();
  if (!record || typeof record !== 'object') return out;
  const r = record as Record<string, unknown>;
  if (typeof r['id'] !== 'string' || r['withdrawn']) return out;
  const id = r['id'];
  const aliases = Array.isArray(r['aliases']) ? r['aliases'].filter((a): a is string => typeof a === 'string') : [];
  const vectors = [...(Array.isArray(r['severity']) ? r['severity'] : [])];
  let cvss: string | undefined;
  let score: number | undefined;
  for (const s of vectors) {
    const v = s && typeof s === 'object' ? (s as Record<string, unknown>)['score'] : undefined;
    if (typeof v !== 'string') continue;
    const n = cvss3Score(v);
    if (n !== undefined && (score === undefined || n > score)) { score = n; cvss = v; }
    else if (!cvss) cvss = v;
  }
  const db = r['database_specific'] && typeof r['database_specific'] === 'object' ? (r['database_specific'] as Record<string, unknown>) : {};
  const severity = score !== undefined ? severityOfScore(score) : severityOfLabel(typeof db['severity'] === 'string' ? db['severity'] : undefined);
  const malicious = id.startsWith('MAL-');
  for (const a of Array.isArray(r['affected']) ? r['affected'] : []) {
    if (!a || typeof a !== 'object') continue;
    const pkg = (a as Record<string, unknown>)['package'] as Record<string, unknown> | undefined;
    const ecosystem = typeof pkg?.['ecosystem'] === 'string' ? pkg['ecosystem'].split(':')[0]! : undefined;
    const name = typeof pkg?.['name'] === 'string' ? pkg['name'] : undefined;
    if (!ecosystem || !name) continue;
    const ranges: RangeEvent[][] = [];
    for (const range of Array.isArray((a as Record<string, unknown>)['ranges']) ? ((a as Record<string, unknown>)['ranges'] as unknown[]) : []) {
      const rr = range as Record<string, unknown>;
      if (rr?.['type'] !== 'SEMVER' && rr?.['type'] !== 'ECOSYSTEM') continue; // GIT needs the commit graph
      const events: RangeEvent[] = [];
      for (const e of Array.isArray(rr['events']) ? rr['events'] : []) {
        for (const kind of ['introduced', 'fixed', 'last_affected'] as const) {
          const v = (e as Record<string, unknown>)?.[kind];
          if (typeof v === 'string') events.push([kind, v]);
        }
      }
      if (events.length) ranges.push(events);
    }
    const versions = Array.isArray((a as Record<string, unknown>)['versions']) ? ((a as Record<string, unknown>)['versions'] as unknown[]).filter((v): v is string => typeof v === 'string') : [];
    if (!ranges.length && !versions.length) continue;
    const prev = out.get(ecosystem);
    const entry = { name: normalizeName(ecosystem, name), ranges, versions };
    if (prev) (prev.affected as unknown[]).push(entry);
    else out.set(ecosystem, {
      id, aliases, malicious, affected: [entry],
      ...(typeof r['summary'] === 'string' ? { summary: r['summary'].slice(0, 300) } : {}),
      ...(severity ? { severity } : {}),
      ...(cvss ? { cvss } : {}),
      ...(typeof r['published'] === 'string' && !r['published'].startsWith('0001') ? { published: r['published'] } : {}),
    });
  }
  return out;
}

export interface Match {
  readonly advisory: Advisory;
  /** Smallest fixed version above the current one, when any range names one. */
  readonly fixedIn?: string;
}

/**
 * The OSV spec's algorithm: a version is affected when listed in `versions`, or when, walking
 * a range's events in version order, the last `introduced` at or below it is not followed by
 * a `fixed` at or below it or a `last_affected` below it. Unreadable bounds are skipped.
 */
export function affects(ecosystem: string, advisory: Advisory, name: string, version: string): Match | undefined {
  let hit = false;
  let fixedIn: string | undefined;
  const cmp = (a: string, b: string) => compareVersions(ecosystem, a, b);
  for (const a of advisory.affected) {
    if (a.name !== name) continue;
    if (a.versions.includes(version) || (ecosystem === 'Go' && a.versions.includes(version.replace(/^v/, '')))) hit = true;
    for (const events of a.ranges) {
      const sorted = sortEvents(events, cmp);
      let affected = false;
      for (const [kind, bound] of sorted) {
        try {
          if (kind === 'introduced' && (bound === '0' || cmp(bound, version) <= 0)) affected = true;
          else if (kind === 'fixed' && cmp(bound, version) <= 0) affected = false;
          else if (kind === 'last_affected' && cmp(bound, version) < 0) affected = false;
        } catch { /* an unreadable bound never decides */ }
      }
      if (!affected) continue;
      hit = true;
      for (const [kind, bound] of sorted) {
        if (kind !== 'fixed') continue;
        try {
          if (cmp(bound, version) > 0 && (!fixedIn || cmp(bound, fixedIn) < 0)) fixedIn = bound;
        } catch { /* skip */ }
      }
    }
  }
  if (!hit) return undefined;
  return { advisory, ...(fixedIn ? { fixedIn } : {}) };
}

function sortEvents(events: readonly RangeEvent[], cmp: (a: string, b: string) => number): RangeEvent[] {
  return [...events].sort((x, y) => {
    if (x[1] === '0') return y[1] === '0' ? 0 : -1;
    if (y[1] === '0') return 1;
    try { return cmp(x[1], y[1]); } catch { return 0; }
  });
}
