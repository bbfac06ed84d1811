import { affects, compactRecord, normalizeName, type Match } from './osv.js';
import { mergeAliases } from './database.js';
import { compareVersions } from '../versions/compare.js';

export const DEFAULT_OSV_API_URL = 'https://api.osv.dev';
const BATCH = 1000;

export interface OnlineQuery {
  readonly ecosystem: string;
  readonly name: string;
  readonly version: string;
}

/**
 * `--online`: OSV's batch API (`POST /v1/querybatch`) says which advisory ids affect each
 * package version; each id's full record (`GET /v1/vulns/{id}`) then gives ranges for the
 * fixed version, matched with the same algorithm as the local database.
 */
export async function queryOnline(queries: readonly OnlineQuery[], options: { url?: string; fetchImpl?: typeof fetch } = {}): Promise<Map<number, Match[]>> {
  const base = (options.url ?? DEFAULT_OSV_API_URL).replace(/\/+$/, '');
  const doFetch = options.fetchImpl ?? fetch;
  const idsPer: string[][] = [];
  for (let i = 0; i < queries.length; i += BATCH) {
    const chunk = queries.slice(i, i + BATCH);
    const response = await doFetch(`${base}/v1/querybatch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queries: chunk.map((q) => ({ package: { ecosystem: q.ecosystem, name: q.name }, version: q.version })) }),
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) throw new Error(`OSV querybatch: HTTP ${response.status}`);
    const body = (await response.json()) as { results?: { vulns?: { id?: string }[] }[] };
    chunk.forEach((_, j) => idsPer.push((body.results?.[j]?.vulns ?? []).map((v) => v.id).filter((id): id is string => typeof id === 'string')));
  }
  const records = new Map<string, unknown>();
  for (const id of new Set(idsPer.flat())) {
    const response = await doFetch(`${base}/v1/vulns/${encodeURIComponent(id)}`, { signal: AbortSignal.timeout(60_000) });
    if (!response.ok) throw new Error(`OSV vulns/${id}: HTTP ${response.status}`);
    records.set(id, await response.json());
  }
  const out = new Map<number, Match[]>();
  queries.forEach((q, i) => {
    const matches: Match[] = [];
    for (const id of idsPer[i] ?? []) {
      const advisory = compactRecord(records.get(id)).get(q.ecosystem);
      if (!advisory) continue; // withdrawn, or no range for this ecosystem
      // OSV already decided it is affected; matching again finds the fixed version (a listed version may still match nothing)
      matches.push(affects(q.ecosystem, advisory, normalizeName(q.ecosystem, q.name), q.version) ?? { advisory });
    }
    if (matches.length) out.set(i, mergeAliases(matches, (a, b) => compareVersions(q.ecosystem, a, b)));
  });
  return out;
}
