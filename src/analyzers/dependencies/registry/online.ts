import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizePypi } from '../lockfiles/python-spec.js';

export const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';
export const DEFAULT_PYPI = 'https://pypi.org';
const TTL_MS = 24 * 3600 * 1000;

export interface RegistryFacts {
  readonly exists: boolean;
  /** ISO time the name was first published. */
  readonly created?: string;
  /** Deprecation message of the given (or latest) version. */
  readonly deprecated?: string;
}

/**
 * `--online` registry look-ups (npm packument, PyPI JSON API) with a 24-hour disk cache, so
 * repeated scans ask once a day. A 404 is a definite "does not exist"; anything else that
 * fails throws, and the caller records a network-error issue.
 */
export class RegistryClient {
  constructor(private readonly options: { cacheDir?: string; npmUrl?: string; pypiUrl?: string; fetchImpl?: typeof fetch; now?: () => number } = {}) {}

  async facts(ecosystem: 'npm' | 'PyPI', name: string, version?: string): Promise<RegistryFacts> {
    const now = this.options.now?.() ?? Date.now();
    const key = createHash('sha256').update(`${ecosystem}\0${name}\0${version ?? ''}`).digest('hex').slice(0, 32);
    const cacheFile = this.options.cacheDir ? join(this.options.cacheDir, 'registry', `${key}.json`) : undefined;
    if (cacheFile && existsSync(cacheFile)) {
      try {
        const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { at: number; facts: RegistryFacts };
        if (now - cached.at < TTL_MS) return cached.facts;
      } catch { /* refetch */ }
    }
    const facts = ecosystem === 'npm' ? await this.npm(name, version) : await this.pypi(name);
    if (cacheFile) {
      mkdirSync(join(this.options.cacheDir!, 'registry'), { recursive: true });
      writeFileSync(cacheFile, JSON.stringify({ at: now, facts }));
    }
    return facts;
  }

  private async get(url: string): Promise<unknown | undefined> {
    const response = await (this.options.fetchImpl ?? fetch)(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(20_000) });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  }

  private async npm(name: string, version?: string): Promise<RegistryFacts> {
    const base = (this.options.npmUrl ?? DEFAULT_NPM_REGISTRY).replace(/\/+$/, '');
    const doc = (await this.get(`${base}/${name.startsWith('@') ? '@' + encodeURIComponent(name.slice(1)) : encodeURIComponent(name)}`)) as Record<string, any> | undefined;
    if (!doc) return { exists: false };
    const created = typeof doc['time']?.['created'] === 'string' ? doc['time']['created'] : undefined;
    const v = version ?? doc['dist-tags']?.['latest'];
    const deprecated = v && typeof doc['versions']?.[v]?.['deprecated'] === 'string' ? doc['versions'][v]['deprecated'] : undefined;
    return { exists: true, ...(created ? { created } : {}), ...(deprecated ? { deprecated } : {}) };
  }

  private async pypi(name: string): Promise<RegistryFacts> {
    const base = (this.options.pypiUrl ?? DEFAULT_PYPI).replace(/\/+$/, '');
    const doc = (await this.get(`${base}/pypi/${encodeURIComponent(normalizePypi(name))}/json`)) as Record<string, any> | undefined;
    if (!doc) return { exists: false };
    let created: string | undefined;
    for (const files of Object.values((doc['releases'] ?? {}) as Record<string, { upload_time_iso_8601?: string }[]>)) {
      for (const f of Array.isArray(files) ? files : []) {
        const t = f.upload_time_iso_8601;
        if (typeof t === 'string' && (!created || t < created)) created = t;
      }
    }
    const inactive = Array.isArray(doc['info']?.['classifiers']) && doc['info']['classifiers'].includes('Development Status :: 7 - Inactive');
    return { exists: true, ...(created ? { created } : {}), ...(inactive ? { deprecated: 'marked "Development Status :: 7 - Inactive"' } : {}) };
  }
}
